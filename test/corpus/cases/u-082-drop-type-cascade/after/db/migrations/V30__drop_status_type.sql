DROP TYPE order_status CASCADE;
