import { db } from '@/db';
import { auditLogs } from '@/db/schema';

export async function POST() {
  await db.delete(auditLogs);
  return Response.json({ ok: true });
}
