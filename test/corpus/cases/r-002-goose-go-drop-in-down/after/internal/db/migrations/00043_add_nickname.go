package migrations

import (
	"context"
	"database/sql"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.AddMigrationContext(addNickname, removeNickname)
}

func addNickname(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "ALTER TABLE users ADD COLUMN nickname text")
	return err
}

func removeNickname(ctx context.Context, tx *sql.Tx) error {
	// Undo: the column is new, nothing else is lost.
	_, err := tx.ExecContext(ctx, "ALTER TABLE users DROP COLUMN nickname")
	return err
}
