class AddCurrencyToInvoices < ActiveRecord::Migration[7.1]
  def up
    add_column :invoices, :currency, :string, limit: 3
  end

  def down
    remove_column :invoices, :currency
  end
end
