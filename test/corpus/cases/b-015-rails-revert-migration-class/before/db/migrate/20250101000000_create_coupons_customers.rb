class CreateCouponsCustomers < ActiveRecord::Migration[7.1]
  def change
    create_join_table :customers, :coupons
  end
end
