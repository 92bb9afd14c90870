class RenameInvoiceColumns < ActiveRecord::Migration[7.1]
  def change
    change_table :invoices do |t|
      t.rename :memo, :notes
      t.remove_index :customer_id, if_exists: true
      t.string :currency, limit: 3
    end
  end
end
