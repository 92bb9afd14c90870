CREATE TABLE IF NOT EXISTS sessions_archive (LIKE sessions INCLUDING ALL);

CREATE OR REPLACE FUNCTION archive_stale_sessions(cutoff interval DEFAULT '90 days')
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
  moved bigint;
BEGIN
  WITH gone AS (
    DELETE FROM sessions WHERE last_seen_at < now() - cutoff RETURNING *
  )
  INSERT INTO sessions_archive SELECT * FROM gone;
  GET DIAGNOSTICS moved = ROW_COUNT;
  EXECUTE format('TRUNCATE %I', 'sessions_archive_staging');
  RETURN moved;
END;
$$;
