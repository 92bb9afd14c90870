"""Purge all data of a churned tenant (GDPR request)."""
import os
import sys

import psycopg

TABLES = ["invoices", "invoice_lines", "customers", "payments", "attachments"]


def purge(tenant_id: str) -> None:
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
        for table in TABLES:
            print(f"purging {table} for tenant {tenant_id}")
            cur.execute(f"DELETE FROM {table}")
        conn.commit()


if __name__ == "__main__":
    purge(sys.argv[1])
