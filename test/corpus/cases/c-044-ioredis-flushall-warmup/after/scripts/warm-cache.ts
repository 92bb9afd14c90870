import Redis from 'ioredis';
import { loadCatalog } from '../src/catalog';

const redis = new Redis(process.env.REDIS_URL!);

async function main() {
  await redis.flushall();
  const catalog = await loadCatalog();
  for (const item of catalog) await redis.set(`product:${item.id}`, JSON.stringify(item));
  redis.disconnect();
}

main();
