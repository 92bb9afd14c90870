class DropAuditTrailsSql < ActiveRecord::Migration[7.1]
  def up
    execute <<~SQL
      -- nobody reads these any more
      DROP TABLE IF EXISTS audit_trails CASCADE;
    SQL
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
