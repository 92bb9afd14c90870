import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function purgeReadNotifications(userId: string) {
  return prisma.notification.deleteMany({
    where: { userId, readAt: { not: null } },
  });
}
