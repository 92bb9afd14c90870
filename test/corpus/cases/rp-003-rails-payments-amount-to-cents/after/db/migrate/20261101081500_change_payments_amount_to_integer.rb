class ChangePaymentsAmountToInteger < ActiveRecord::Migration[7.1]
  def up
    change_column :payments, :amount, :integer, null: false
  end

  def down
    change_column :payments, :amount, :decimal, precision: 12, scale: 2, null: false
  end
end
