import { and, eq, lt } from 'drizzle-orm';
import { db } from '@/db';
import { auditLogs } from '@/db/schema';
import { auth } from '@/auth';

export async function POST() {
  const session = await auth();
  const cutoff = new Date(Date.now() - 90 * 24 * 3600 * 1000);
  await db
    .delete(auditLogs)
    .where(and(eq(auditLogs.orgId, session!.orgId), lt(auditLogs.createdAt, cutoff)));
  return Response.json({ ok: true });
}
