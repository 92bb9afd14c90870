import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

async function main() {
  if (process.env.NODE_ENV !== "development") {
    throw new Error("prisma/seed.ts resets data: run it against a development database only");
  }
  await prisma.comment.deleteMany();
  await prisma.post.deleteMany();
  await prisma.user.deleteMany();
  const alice = await prisma.user.create({ data: { email: "alice@example.com", name: "Alice" } });
  await prisma.post.create({ data: { title: "Hello", authorId: alice.id } });
}

main().finally(() => prisma.$disconnect());
