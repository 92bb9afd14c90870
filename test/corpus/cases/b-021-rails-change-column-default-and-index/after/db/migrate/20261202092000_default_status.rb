class DefaultStatus < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    change_column_default :invoices, :status, from: nil, to: "draft"
    remove_index :invoices, :customer_id, algorithm: :concurrently
  end
end
