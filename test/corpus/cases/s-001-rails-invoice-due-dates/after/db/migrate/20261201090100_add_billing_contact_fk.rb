class AddBillingContactFk < ActiveRecord::Migration[7.1]
  def change
    add_foreign_key :invoices, :contacts, column: :billing_contact_id, validate: false
  end
end
