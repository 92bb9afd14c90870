import { prisma } from "../db";

export async function findPromotion(code: string) {
  return prisma.promotion.findUnique({ where: { code } });
}
