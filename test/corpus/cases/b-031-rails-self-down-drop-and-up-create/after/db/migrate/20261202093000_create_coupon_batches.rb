class CreateCouponBatches < ActiveRecord::Migration[7.1]
  def self.up
    create_table :coupon_batches do |t|
      t.string :label
    end
  end

  def self.down
    drop_table :coupon_batches
  end
end
