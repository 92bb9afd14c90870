package jobs

import (
	"context"
	"database/sql"

	"example.com/app/models"
)

func ClearSearchHistory(ctx context.Context, db *sql.DB) error {
	_, err := models.SearchQueries().DeleteAll(ctx, db)
	return err
}
