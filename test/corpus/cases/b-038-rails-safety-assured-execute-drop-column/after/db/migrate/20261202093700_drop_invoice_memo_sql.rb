class DropInvoiceMemoSql < ActiveRecord::Migration[7.1]
  def up
    safety_assured { execute "ALTER TABLE invoices DROP COLUMN memo" }
  end

  def down
    add_column :invoices, :memo, :text
  end
end
