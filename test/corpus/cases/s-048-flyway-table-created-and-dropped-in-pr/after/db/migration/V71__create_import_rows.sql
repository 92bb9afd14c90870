CREATE TABLE import_rows (
  id bigserial PRIMARY KEY,
  batch_id uuid NOT NULL,
  payload jsonb NOT NULL
);
