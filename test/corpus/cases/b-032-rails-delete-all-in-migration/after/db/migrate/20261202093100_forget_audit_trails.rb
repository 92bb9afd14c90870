class ForgetAuditTrails < ActiveRecord::Migration[7.1]
  class AuditTrail < ActiveRecord::Base
    self.table_name = "audit_trails"
  end

  def up
    AuditTrail.unscoped.in_batches(of: 5_000).delete_all
  end

  def down; end
end
