import { prisma } from '../db';

export async function resetWaitlist() {
  const where = {};
  const { count } = await prisma.waitlistEntry.deleteMany({ where });
  return count;
}
