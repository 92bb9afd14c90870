class CreateAuditArchive < ActiveRecord::Migration[7.1]
  def up
    execute "CREATE TABLE audit_archive AS SELECT * FROM audit_trails"
  end

  def down
    drop_table :audit_trails
  end
end
