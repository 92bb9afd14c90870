import { getDb } from '../mongo';

export async function pruneNotifications(userId: string) {
  const db = await getDb();
  const cutoff = new Date(Date.now() - 90 * 24 * 3600 * 1000);
  await db.collection('notifications').deleteMany({ userId, readAt: { $lt: cutoff } });
}
