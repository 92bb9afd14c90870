class AddTrackingNumberToShipments < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def up
    add_column :shipments, :tracking_number, :string
    add_column :shipments, :carrier, :string, default: "dhl", null: false
    add_index :shipments, :tracking_number, algorithm: :concurrently
  end

  def down
    remove_index :shipments, :tracking_number, algorithm: :concurrently
    remove_column :shipments, :carrier
    remove_column :shipments, :tracking_number
  end
end
