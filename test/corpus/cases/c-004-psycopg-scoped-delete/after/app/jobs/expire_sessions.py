import datetime as dt

from app.db import get_conn


def expire_sessions(max_age_days: int = 30) -> int:
    cutoff = dt.datetime.utcnow() - dt.timedelta(days=max_age_days)
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute("DELETE FROM sessions WHERE last_seen_at < %s", (cutoff,))
        return cur.rowcount
