/*
  Warnings:

  - You are about to drop the `LegacyCoupon` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE "LegacyCoupon" DROP CONSTRAINT "LegacyCoupon_userId_fkey";

-- DropTable
DROP TABLE "LegacyCoupon";
