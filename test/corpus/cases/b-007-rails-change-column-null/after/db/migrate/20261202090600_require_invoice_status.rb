class RequireInvoiceStatus < ActiveRecord::Migration[7.1]
  def change
    change_column_null :invoices, :status, false, "draft"
  end
end
