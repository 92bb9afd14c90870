class DropAuditTrails < ActiveRecord::Migration[7.1]
  def up
    drop_table :audit_trails
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
