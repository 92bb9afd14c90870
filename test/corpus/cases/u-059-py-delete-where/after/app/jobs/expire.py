def run(cur):
    cur.execute("DELETE FROM sessions WHERE expires_at < now()")
