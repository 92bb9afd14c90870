-- +goose Up
-- +goose StatementBegin
DROP TRIGGER IF EXISTS sessions_touch ON sessions;
DROP TABLE sessions;
-- +goose StatementEnd

-- +goose Down
CREATE TABLE sessions (id text PRIMARY KEY, data jsonb, updated_at timestamptz);
