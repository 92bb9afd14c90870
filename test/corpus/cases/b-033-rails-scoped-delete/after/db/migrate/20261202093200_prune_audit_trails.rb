class PruneAuditTrails < ActiveRecord::Migration[7.1]
  class AuditTrail < ActiveRecord::Base
    self.table_name = "audit_trails"
  end

  def up
    AuditTrail.where("created_at < ?", 2.years.ago).in_batches.delete_all
  end

  def down; end
end
