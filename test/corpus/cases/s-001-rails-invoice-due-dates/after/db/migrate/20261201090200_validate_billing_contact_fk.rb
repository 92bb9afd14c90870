class ValidateBillingContactFk < ActiveRecord::Migration[7.1]
  def change
    validate_foreign_key :invoices, :contacts, column: :billing_contact_id
  end
end
