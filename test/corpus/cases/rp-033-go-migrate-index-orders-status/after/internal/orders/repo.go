package orders

import (
	"context"

	"github.com/jmoiron/sqlx"
)

type Repo struct{ db *sqlx.DB }

func (r *Repo) RecentByStatus(ctx context.Context, status string, limit int) ([]Order, error) {
	var out []Order
	err := r.db.SelectContext(ctx, &out,
		`SELECT id, customer_id, status, total_cents, created_at FROM orders WHERE status = $1 ORDER BY created_at DESC LIMIT $2`,
		status, limit)
	return out, err
}
