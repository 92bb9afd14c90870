from app.db import connection


def purge(table: str) -> None:
    with connection() as conn, conn.cursor() as cur:
        cur.execute("DELETE FROM %s" % table)
        conn.commit()
