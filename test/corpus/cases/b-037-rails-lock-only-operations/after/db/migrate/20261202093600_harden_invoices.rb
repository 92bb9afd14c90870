class HardenInvoices < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    add_index :invoices, :status
    add_foreign_key :invoices, :customers, validate: false
    add_check_constraint :invoices, "status IS NOT NULL", name: "invoices_status_null", validate: false
    add_column :invoices, :currency, :string, default: "EUR", null: false
    add_reference :invoices, :coupon, index: { algorithm: :concurrently }
    change_column_default :customers, :nickname, from: nil, to: ""
    rename_index :invoices, "index_invoices_on_status", "invoices_status_idx"
  end
end
