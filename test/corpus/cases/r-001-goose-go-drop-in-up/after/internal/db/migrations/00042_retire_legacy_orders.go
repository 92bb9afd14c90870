package migrations

import (
	"context"
	"database/sql"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.AddMigrationContext(retireLegacyOrders, restoreLegacyOrders)
}

func retireLegacyOrders(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "DROP TABLE legacy_orders")
	return err
}

func restoreLegacyOrders(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "CREATE TABLE legacy_orders (id bigint PRIMARY KEY, total numeric)")
	return err
}
