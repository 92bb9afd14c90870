DROP TYPE IF EXISTS "public"."order_state" CASCADE;
