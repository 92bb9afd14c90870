CREATE OR REPLACE FUNCTION rotate_partitions(keep_days integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  part text;
BEGIN
  FOR part IN SELECT tablename FROM pg_tables WHERE tablename LIKE 'events_%' LOOP
    EXECUTE format('DROP TABLE IF EXISTS %I', part);
  END LOOP;
END;
$$;

SELECT cron.schedule('rotate', '0 3 * * *', $cron$SELECT rotate_partitions(30)$cron$);
