from app.db import connection


def drop_import_tables(prefix: str = "import_") -> None:
    with connection() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE %s",
            (prefix + "%",),
        )
        for (name,) in cur.fetchall():
            cur.execute(f'DROP TABLE IF EXISTS "{name}" CASCADE')
        conn.commit()
