import * as functions from "firebase-functions/v1";
import { getFirestore } from "firebase-admin/firestore";

export const onUserDeleted = functions.auth.user().onDelete(async (user) => {
  const db = getFirestore();
  await db.recursiveDelete(db.collection("users").doc(user.uid));
  functions.logger.info("deleted user data", { uid: user.uid });
});
