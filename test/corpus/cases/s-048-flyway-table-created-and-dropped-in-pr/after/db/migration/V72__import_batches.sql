CREATE TABLE import_batches (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Rows now live in object storage; the row table from V71 was never needed.
DROP TABLE import_rows;
