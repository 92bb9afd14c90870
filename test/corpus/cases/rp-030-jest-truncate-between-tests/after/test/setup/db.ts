import { PrismaClient } from "@prisma/client";

export const prisma = new PrismaClient({ datasources: { db: { url: process.env.TEST_DATABASE_URL } } });

const TABLES = ["Order", "LineItem", "Customer"];

export async function resetDatabase() {
  const list = TABLES.map((t) => `"${t}"`).join(", ");
  await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
}
