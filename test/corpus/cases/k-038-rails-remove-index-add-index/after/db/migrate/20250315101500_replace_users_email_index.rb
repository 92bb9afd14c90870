class ReplaceUsersEmailIndex < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    add_index :users, "lower(email)", unique: true, name: "index_users_on_lower_email", algorithm: :concurrently
    remove_index :users, :email, name: "index_users_on_email", algorithm: :concurrently
  end
end
