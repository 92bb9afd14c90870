class WidenLineItemUnitPrice < ActiveRecord::Migration[7.1]
  def change
    change_table :line_items, bulk: true do |t|
      t.change :unit_price, :decimal, precision: 12, scale: 2, null: false
      t.change :quantity, :integer, null: false
    end
  end
end
