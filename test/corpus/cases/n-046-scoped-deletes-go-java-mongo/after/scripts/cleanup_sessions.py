import os

import psycopg

with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
    with conn.cursor() as cur:
        cur.execute("DELETE FROM sessions WHERE expires_at < now() - interval '30 days'")
        print(f"deleted {cur.rowcount} sessions")
