CREATE TABLE line_items (
  id bigserial PRIMARY KEY,
  quantity smallint NOT NULL
);
