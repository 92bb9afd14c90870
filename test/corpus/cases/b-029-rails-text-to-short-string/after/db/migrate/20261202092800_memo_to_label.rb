class MemoToLabel < ActiveRecord::Migration[7.1]
  def up
    change_column :invoices, :memo, :string, limit: 30
  end

  def down
    change_column :invoices, :memo, :text
  end
end
