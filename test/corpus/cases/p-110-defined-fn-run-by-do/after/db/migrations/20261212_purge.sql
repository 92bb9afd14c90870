CREATE OR REPLACE FUNCTION purge_stale(keep_days integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  part text;
BEGIN
  FOR part IN SELECT tablename FROM pg_tables WHERE tablename LIKE 'events_%' LOOP
    EXECUTE format('DROP TABLE IF EXISTS %I', part);
  END LOOP;
END;
$$;

DO $$
BEGIN
  PERFORM purge_stale(30);
END
$$;
