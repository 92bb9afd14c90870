BEGIN;
  truncate import_batches, import_rows, import_errors cascade;
COMMIT;
