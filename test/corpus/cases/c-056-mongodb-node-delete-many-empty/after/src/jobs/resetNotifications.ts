import { getDb } from '../mongo';

export async function resetNotifications() {
  const db = await getDb();
  await db.collection('notifications').deleteMany({});
}
