import { prisma } from '@/lib/prisma';

/** Called from the admin panel: "Clear order history". */
export async function clearOrderHistory() {
  const { count } = await prisma.order.deleteMany({
    where: { createdAt: { lte: new Date() } },
  });
  return count;
}
