-- +goose Up
-- +goose StatementBegin
ALTER TABLE meters ALTER COLUMN serial TYPE varchar(12);
-- +goose StatementEnd
-- +goose Down
ALTER TABLE meters ALTER COLUMN serial TYPE varchar(48);
