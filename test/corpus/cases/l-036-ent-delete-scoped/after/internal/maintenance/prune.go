package maintenance

import (
	"context"
	"time"

	"example.com/app/ent"
	"example.com/app/ent/cartitem"
)

// PruneAbandoned removes cart items untouched for 30 days.
func PruneAbandoned(ctx context.Context, client *ent.Client) (int, error) {
	cutoff := time.Now().AddDate(0, 0, -30)
	return client.CartItem.Delete().Where(cartitem.UpdatedAtLT(cutoff)).Exec(ctx)
}
