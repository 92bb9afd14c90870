package jobs

import (
	"context"
	"log/slog"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Cleanup struct {
	Pool *pgxpool.Pool
}

// Run clears the audit events table; the DELETE was too slow on the big table.
func (c *Cleanup) Run(ctx context.Context) error {
	if _, err := c.Pool.Exec(ctx, `TRUNCATE TABLE audit_events`); err != nil {
		return err
	}
	slog.Info("audit cleanup done")
	return nil
}
