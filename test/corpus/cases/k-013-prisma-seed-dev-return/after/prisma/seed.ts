import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

async function main() {
  if (process.env.NODE_ENV !== 'development') {
    console.log('Skipping demo seed: NODE_ENV is not development');
    return;
  }
  await prisma.orderItem.deleteMany();
  await prisma.order.deleteMany();
  await prisma.product.createMany({
    data: [{ sku: 'MUG', name: 'Mug', priceCents: 999 }],
    skipDuplicates: true,
  });
}

main().finally(() => prisma.$disconnect());
