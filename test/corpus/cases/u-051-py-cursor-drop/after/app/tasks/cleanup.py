from app.db import connection


def run():
    with connection.cursor() as cur:
        cur.execute("DROP TABLE legacy_orders")
