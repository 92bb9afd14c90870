from app.db import session


def recent_orders(limit: int = 50):
    return session.execute("SELECT id, total FROM orders ORDER BY id DESC LIMIT :n", {"n": limit}).all()
