from yoyo import step

__depends__ = {"0008_region"}


def apply_step(conn):
    cursor = conn.cursor()
    cursor.execute("ALTER TABLE invoices ADD COLUMN number BIGINT")
    cursor.execute("UPDATE invoices SET number = id + 100000 WHERE number IS NULL")


def rollback_step(conn):
    cursor = conn.cursor()
    cursor.execute("ALTER TABLE invoices DROP COLUMN number")


steps = [step(apply_step, rollback_step)]
