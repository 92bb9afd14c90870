package jobs

import (
	"context"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Cleanup struct {
	Pool *pgxpool.Pool
}

func (c *Cleanup) Run(ctx context.Context) error {
	cutoff := time.Now().AddDate(0, 0, -180)
	tag, err := c.Pool.Exec(ctx, `DELETE FROM audit_events WHERE created_at < $1`, cutoff)
	if err != nil {
		return err
	}
	slog.Info("audit cleanup", "deleted", tag.RowsAffected())
	return nil
}
