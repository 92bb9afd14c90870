class WidenArticlesTitle < ActiveRecord::Migration[7.1]
  def up
    change_column :articles, :title, :string, limit: 255, null: false
  end

  def down
    change_column :articles, :title, :string, limit: 120, null: false
  end
end
