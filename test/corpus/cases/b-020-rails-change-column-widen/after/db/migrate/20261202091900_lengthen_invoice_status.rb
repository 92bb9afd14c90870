class LengthenInvoiceStatus < ActiveRecord::Migration[7.1]
  def up
    change_column :invoices, :status, :string, limit: 64
  end

  def down
    change_column :invoices, :status, :string, limit: 20
  end
end
