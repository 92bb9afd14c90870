class AddTrackingToOrders < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    add_column :orders, :tracking_number, :string
    add_index :orders, :tracking_number, algorithm: :concurrently
  end
end
