class RebuildCouponsCustomers < ActiveRecord::Migration[7.1]
  def change
    create_join_table :customers, :coupons, force: true do |t|
      t.index [:customer_id, :coupon_id]
    end
  end
end
