class ShortenInvoiceStatus < ActiveRecord::Migration[7.1]
  def up
    change_column :invoices, :status, :string, limit: 8
  end

  def down
    change_column :invoices, :status, :string, limit: 20
  end
end
