import { db } from "../db";

// Sessions are useless once expired; keep 30 days for audit, then purge in batches.
export async function purgeExpiredSessions(): Promise<number> {
  let total = 0;
  for (;;) {
    const { rowCount } = await db.query(
      `DELETE FROM sessions
        WHERE id IN (
          SELECT id FROM sessions
           WHERE expires_at < now() - interval '30 days'
           LIMIT 5000
        )`,
    );
    total += rowCount ?? 0;
    if (!rowCount) return total;
  }
}
