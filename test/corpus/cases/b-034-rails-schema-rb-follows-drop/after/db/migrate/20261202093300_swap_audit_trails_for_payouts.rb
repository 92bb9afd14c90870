class SwapAuditTrailsForPayouts < ActiveRecord::Migration[7.1]
  def change
    drop_table :audit_trails do |t|
      t.string :action
      t.datetime :created_at, null: false
    end

    create_table :payouts do |t|
      t.bigint :customer_id, null: false
      t.decimal :amount, precision: 12, scale: 2
    end
  end
end
