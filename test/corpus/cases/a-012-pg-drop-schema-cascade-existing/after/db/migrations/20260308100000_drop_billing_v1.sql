-- billing moved to the payments service
DROP SCHEMA IF EXISTS "billing_v1" CASCADE;
