from psycopg import sql

from app.db import connection


def drop_tenant_table(name: str) -> None:
    with connection() as conn, conn.cursor() as cur:
        cur.execute(sql.SQL("DROP TABLE {} CASCADE").format(sql.Identifier(name)))
