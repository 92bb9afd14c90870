package carts

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// ClearOnBoot removes carts left by the previous deploy.
func ClearOnBoot(ctx context.Context, db *mongo.Database) error {
	coll := db.Collection("carts")
	_, err := coll.DeleteMany(ctx, bson.D{})
	return err
}
