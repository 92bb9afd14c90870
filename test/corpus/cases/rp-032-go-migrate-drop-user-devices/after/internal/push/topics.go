package push

import (
	"context"
	"fmt"

	"firebase.google.com/go/v4/messaging"
)

// SendToUser publishes to the per-user topic instead of individual device tokens.
func SendToUser(ctx context.Context, client *messaging.Client, userID int64, n *messaging.Notification) error {
	_, err := client.Send(ctx, &messaging.Message{Topic: fmt.Sprintf("user-%d", userID), Notification: n})
	return err
}
