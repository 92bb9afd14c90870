CREATE TABLE line_items (
  id bigserial PRIMARY KEY,
  quantity bigint NOT NULL
);
