class RenameMemoAndAudits < ActiveRecord::Migration[7.1]
  def change
    rename_column :invoices, :memo, :notes
    rename_table :audit_trails, :activity_entries
  end
end
