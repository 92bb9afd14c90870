package maintenance

import (
	"context"
	"log"

	"example.com/app/ent"
)

// ResetCarts empties every cart before the pricing change.
func ResetCarts(ctx context.Context, client *ent.Client) error {
	n, err := client.CartItem.Delete().Exec(ctx)
	if err != nil {
		return err
	}
	log.Printf("deleted %d cart items", n)
	return nil
}
