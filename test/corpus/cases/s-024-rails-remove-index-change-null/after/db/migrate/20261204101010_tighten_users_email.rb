class TightenUsersEmail < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    add_index :users, "lower(email)", unique: true, algorithm: :concurrently, name: "index_users_on_lower_email"
    remove_index :users, :email, algorithm: :concurrently
    change_column_null :users, :email, false
    change_column_default :users, :locale, from: nil, to: "en"
  end
end
