/*
  Warnings:

  - You are about to drop the column `token` on the `TeamInvite` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "TeamInvite" DROP COLUMN "token",
ADD COLUMN     "tokenHash" TEXT;
