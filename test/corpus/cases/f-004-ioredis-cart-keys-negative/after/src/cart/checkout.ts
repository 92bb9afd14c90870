import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

export async function clearCart(userId: string): Promise<void> {
  const keys = await redis.keys(`cart:${userId}:*`);
  if (keys.length > 0) {
    await redis.del(...keys);
  }
}
