import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

async function main() {
  if (process.env.NODE_ENV === "production") return;
  await prisma.user.deleteMany();
  await prisma.plan.createMany({ data: [{ name: "free" }, { name: "pro" }] });
}

main().finally(() => prisma.$disconnect());
