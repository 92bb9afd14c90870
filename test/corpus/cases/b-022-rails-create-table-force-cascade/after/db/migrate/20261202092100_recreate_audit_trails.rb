class RecreateAuditTrails < ActiveRecord::Migration[7.1]
  def change
    create_table :audit_trails, force: :cascade do |t|
      t.string :action
      t.jsonb :payload
      t.timestamps
    end
  end
end
