CREATE TABLE events (
  id bigserial PRIMARY KEY,
  happened_at timestamptz NOT NULL
);
