DROP VIEW IF EXISTS monthly_revenue;
CREATE VIEW monthly_revenue AS
  SELECT date_trunc('month', paid_at) AS month, sum(amount_cents) AS cents
  FROM payments
  WHERE status = 'succeeded'
  GROUP BY 1;

DROP FUNCTION IF EXISTS invoice_total(bigint);
CREATE FUNCTION invoice_total(invoice_id bigint) RETURNS bigint
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(sum(amount_cents), 0) FROM line_items WHERE line_items.invoice_id = $1 $$;

DROP TRIGGER IF EXISTS touch_updated_at ON invoices;
CREATE TRIGGER touch_updated_at BEFORE UPDATE ON invoices
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
