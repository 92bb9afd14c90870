-- AlterTable
ALTER TABLE "bookings" ALTER COLUMN "guests" SET DATA TYPE INTEGER;
