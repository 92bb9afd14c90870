package auth

import (
	"context"
	"database/sql"
)

func Logout(ctx context.Context, db *sql.DB, sessionID string) error {
	_, err := db.ExecContext(ctx, "DELETE FROM sessions WHERE id = $1", sessionID)
	return err
}
