"""Reset order data before the Black Friday load test."""
import os

import psycopg


def main() -> None:
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        with conn.cursor() as cur:
            cur.execute("TRUNCATE TABLE orders, order_items RESTART IDENTITY CASCADE")
        conn.commit()


if __name__ == "__main__":
    main()
