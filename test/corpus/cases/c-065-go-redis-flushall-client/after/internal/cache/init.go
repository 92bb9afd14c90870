package cache

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func Init(ctx context.Context, rdb *redis.Client) error {
	return rdb.FlushAll(ctx).Err()
}
