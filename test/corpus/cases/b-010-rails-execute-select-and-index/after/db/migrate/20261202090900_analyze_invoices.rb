class AnalyzeInvoices < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def up
    execute "SELECT 1"
    execute "CREATE INDEX CONCURRENTLY IF NOT EXISTS index_invoices_on_status ON invoices (status)"
    execute "ANALYZE invoices"
  end

  def down
    execute "DROP INDEX CONCURRENTLY IF EXISTS index_invoices_on_status"
  end
end
