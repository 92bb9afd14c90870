class PurgeAuditTrails < ActiveRecord::Migration[7.1]
  def change
    add_column :audit_trails, :purged, :boolean
    up_only do
      execute "TRUNCATE audit_trails"
    end
  end
end
