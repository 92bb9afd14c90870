import Redis from "ioredis";

export const redis = new Redis(process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379/15");

export async function resetRedis(): Promise<void> {
  await redis.flushdb();
}
