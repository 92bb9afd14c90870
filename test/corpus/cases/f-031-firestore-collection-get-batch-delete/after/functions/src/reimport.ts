import { getFirestore } from 'firebase-admin/firestore';

const db = getFirestore();

export async function clearOrders() {
  const snapshot = await db.collection('orders').get();
  const batch = db.batch();
  snapshot.docs.forEach((doc) => batch.delete(doc.ref));
  await batch.commit();
}
