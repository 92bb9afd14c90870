class RevertCouponJoin < ActiveRecord::Migration[7.1]
  def change
    revert CreateCouponsCustomers
  end
end
