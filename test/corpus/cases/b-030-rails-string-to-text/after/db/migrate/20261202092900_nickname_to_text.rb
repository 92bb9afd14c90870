class NicknameToText < ActiveRecord::Migration[7.1]
  def change
    change_column :customers, :nickname, :text
  end
end
