-- AlterTable
ALTER TABLE "bookings" ALTER COLUMN "amount" SET DATA TYPE DECIMAL(10,0);
