import Redis from 'ioredis';
import { loadCatalog } from '../catalog';

const redis = new Redis(process.env.REDIS_URL!);

export async function warmCache(): Promise<void> {
  const stale = await redis.keys('*');
  if (stale.length > 0) {
    await redis.unlink(...stale);
  }
  const catalog = await loadCatalog();
  await redis.set('catalog', JSON.stringify(catalog));
}
