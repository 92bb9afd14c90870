import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

async function main() {
  await prisma.tenant.deleteMany({});
  for (const name of ["Demo Bakery", "Demo Garage", "Demo Studio"]) {
    await prisma.tenant.create({ data: { name, plan: "trial" } });
  }
}

main().finally(() => prisma.$disconnect());
