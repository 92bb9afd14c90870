import { prisma } from '../lib/prisma';

export async function resetTrialAccounts() {
  const accounts = await prisma.account.findMany({ select: { id: true } });
  const ids = accounts.map((a) => a.id);
  await prisma.subscription.deleteMany({ where: { accountId: { in: ids } } });
  await prisma.account.deleteMany({ where: { id: { in: ids } } });
}
