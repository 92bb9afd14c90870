class MergeAuditTrails < ActiveRecord::Migration[7.1]
  def change
    reversible do |dir|
      dir.up do
        execute "INSERT INTO events (action, created_at) SELECT action, created_at FROM audit_trails"
        execute "DELETE FROM audit_trails"
      end
      dir.down { raise ActiveRecord::IrreversibleMigration }
    end
  end
end
