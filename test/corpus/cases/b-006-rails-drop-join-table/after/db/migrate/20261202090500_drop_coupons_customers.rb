class DropCouponsCustomers < ActiveRecord::Migration[7.1]
  def change
    drop_join_table :customers, :coupons
  end
end
