-- fax numbers are no longer collected
ALTER TABLE "clinics" DROP COLUMN "fax_number" CASCADE;
