package jobs

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// ResetRateLimits runs nightly from the scheduler.
func ResetRateLimits(ctx context.Context, rdb *redis.Client) error {
	iter := rdb.Scan(ctx, 0, "*", 1000).Iterator()
	for iter.Next(ctx) {
		if err := rdb.Del(ctx, iter.Val()).Err(); err != nil {
			return err
		}
	}
	return iter.Err()
}
