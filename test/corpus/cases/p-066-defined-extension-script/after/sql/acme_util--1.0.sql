-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION acme_util" to load this file. \quit

CREATE FUNCTION acme_truncate_all(schema_name text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = schema_name LOOP
    EXECUTE 'TRUNCATE TABLE ' || quote_ident(schema_name) || '.' || quote_ident(r.tablename) || ' CASCADE';
  END LOOP;
END;
$$;

CREATE FUNCTION acme_reset(schema_name text) RETURNS void
LANGUAGE sql AS $$ SELECT acme_truncate_all(schema_name) $$;
