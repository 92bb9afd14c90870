import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL);

export async function invalidateUser(userId: string) {
  await redis.del(`user:${userId}`);
  await redis.expire(`session:${userId}`, 60);
}
