-- Step 1 of 3 (expand): add archived_at next to the boolean.
-- Do NOT drop invoices.archived here: the app still reads it. We will
-- DROP COLUMN archived in a later release, after the backfill is verified.
ALTER TABLE invoices ADD COLUMN archived_at timestamptz;

/* DROP TABLE invoices_archive_tmp; -- kept for reference, never run */
