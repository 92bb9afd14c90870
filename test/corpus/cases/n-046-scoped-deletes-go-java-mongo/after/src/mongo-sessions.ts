import { MongoClient } from 'mongodb';

export async function purgeExpired(client: MongoClient) {
  const sessions = client.db('app').collection('sessions');
  const { deletedCount } = await sessions.deleteMany({ expiresAt: { $lt: new Date() } });
  return deletedCount;
}
