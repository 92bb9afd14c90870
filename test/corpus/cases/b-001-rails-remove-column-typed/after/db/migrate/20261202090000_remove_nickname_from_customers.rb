class RemoveNicknameFromCustomers < ActiveRecord::Migration[7.1]
  def change
    remove_column :customers, :nickname, :string, limit: 40
  end
end
