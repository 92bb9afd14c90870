class AddDueDateToInvoices < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    add_column :invoices, :due_on, :date
    add_column :invoices, :reminder_sent_at, :datetime
    add_reference :invoices, :billing_contact, index: false
    add_index :invoices, :due_on, algorithm: :concurrently
    add_index :invoices, :billing_contact_id, algorithm: :concurrently
  end
end
