package janitor

import (
	"context"
	"database/sql"
	"fmt"
)

func DropOldPartitions(ctx context.Context, db *sql.DB, names []string) error {
	for _, name := range names {
		if _, err := db.ExecContext(ctx, fmt.Sprintf("DROP TABLE IF EXISTS %s", name)); err != nil {
			return err
		}
	}
	return nil
}
