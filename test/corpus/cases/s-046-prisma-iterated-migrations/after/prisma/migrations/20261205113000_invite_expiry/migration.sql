/*
  Warnings:

  - You are about to drop the column `inviteCode` on the `Team` table. All the data in the column will be lost.
  - You are about to drop the column `token` on the `TeamInvite` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Team" DROP COLUMN "inviteCode";

-- AlterTable
ALTER TABLE "TeamInvite" DROP COLUMN "token",
ADD COLUMN     "tokenHash" TEXT NOT NULL,
ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "TeamInvite_tokenHash_key" ON "TeamInvite"("tokenHash");
