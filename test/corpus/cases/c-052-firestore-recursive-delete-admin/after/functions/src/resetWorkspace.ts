import * as admin from 'firebase-admin';

admin.initializeApp();
const db = admin.firestore();

export async function resetWorkspace(workspaceId: string) {
  await db.recursiveDelete(db.collection('workspaces').doc(workspaceId));
}
