package migrations

import (
	"database/sql"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.AddMigration(
		func(tx *sql.Tx) error {
			_, err := tx.Exec("TRUNCATE TABLE exchange_rates, rate_history")
			return err
		},
		func(tx *sql.Tx) error { return nil },
	)
}
