class RevertAuditTrails < ActiveRecord::Migration[7.1]
  def change
    revert do
      create_table :audit_trails do |t|
        t.string :action
      end
    end
  end
end
