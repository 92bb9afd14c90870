CREATE OR REPLACE PROCEDURE reset_tenant(tenant text)
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM invoices;
  TRUNCATE audit_events;
END;
$$;
