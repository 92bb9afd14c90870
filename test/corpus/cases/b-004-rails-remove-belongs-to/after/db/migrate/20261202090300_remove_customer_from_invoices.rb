class RemoveCustomerFromInvoices < ActiveRecord::Migration[7.1]
  def change
    remove_belongs_to :invoices, :customer, foreign_key: true
  end
end
