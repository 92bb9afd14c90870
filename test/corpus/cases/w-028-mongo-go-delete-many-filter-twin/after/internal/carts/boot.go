package carts

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// ClearOnBoot removes carts idle for a week.
func ClearOnBoot(ctx context.Context, db *mongo.Database) error {
	coll := db.Collection("carts")
	cutoff := time.Now().Add(-7 * 24 * time.Hour)
	_, err := coll.DeleteMany(ctx, bson.M{"updatedAt": bson.M{"$lt": cutoff}})
	return err
}
