class TrimInvoices < ActiveRecord::Migration[7.1]
  def change
    change_table :invoices, bulk: true do |t|
      t.remove :memo, type: :text
      t.rename :status, :state
      t.index :customer_id
    end
  end
end
