ALTER TABLE "shipments" ALTER COLUMN "carrier" DROP NOT NULL;
ALTER TABLE "shipments" DROP CONSTRAINT IF EXISTS "shipments_weight_check";
ALTER TABLE "shipments" DROP CONSTRAINT "shipments_order_id_fkey";
DROP INDEX CONCURRENTLY IF EXISTS "shipments_carrier_idx";
