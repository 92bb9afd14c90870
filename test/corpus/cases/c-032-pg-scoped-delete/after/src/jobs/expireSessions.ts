import { pool } from '../db';

export async function expireSessions(days = 30): Promise<number> {
  const result = await pool.query(
    "DELETE FROM sessions WHERE last_seen_at < now() - make_interval(days => $1)",
    [days],
  );
  return result.rowCount ?? 0;
}
