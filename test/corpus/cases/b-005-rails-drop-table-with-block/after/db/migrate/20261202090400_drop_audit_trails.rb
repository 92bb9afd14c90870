class DropAuditTrails < ActiveRecord::Migration[7.1]
  def change
    drop_table :audit_trails do |t|
      t.string :action
      t.datetime :created_at, null: false
    end
  end
end
