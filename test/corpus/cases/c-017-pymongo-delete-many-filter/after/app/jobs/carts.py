import datetime as dt

from app.mongo import db


def remove_expired_carts() -> int:
    cutoff = dt.datetime.utcnow() - dt.timedelta(days=7)
    return db.carts.delete_many({"updated_at": {"$lt": cutoff}}).deleted_count
