import { prisma } from '../db';

export function searchUsers(prefix: string) {
  return prisma.$queryRaw`
    SELECT id, email FROM "User" WHERE email LIKE ${prefix + '%'} LIMIT 20
  `;
}
