class AddCouponNotes < ActiveRecord::Migration[7.1]
  def change
    reversible do |dir|
      dir.up { execute "ALTER TABLE coupons_customers ADD COLUMN note text" }
      dir.down { execute "ALTER TABLE coupons_customers DROP COLUMN note" }
    end
  end
end
