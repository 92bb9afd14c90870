from app.db import session


# TODO(2027-Q1): drop the legacy_orders table once the export job stops reading it.
# Until then keep `DROP TABLE legacy_orders` out of migrations.
def recent_orders(limit: int = 50):
    return session.execute("SELECT id, total FROM orders ORDER BY id DESC LIMIT :n", {"n": limit}).all()
