class ResetInvoiceNumbering < ActiveRecord::Migration[7.1]
  def up
    ActiveRecord::Base.connection.execute("TRUNCATE TABLE invoices RESTART IDENTITY")
  end
end
