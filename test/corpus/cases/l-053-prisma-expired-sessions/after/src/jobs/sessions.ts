import { prisma } from '@/lib/prisma';

/** Hourly: drop sessions that have expired. */
export async function pruneExpiredSessions() {
  const { count } = await prisma.session.deleteMany({
    where: { expiresAt: { lt: new Date() } },
  });
  return count;
}
