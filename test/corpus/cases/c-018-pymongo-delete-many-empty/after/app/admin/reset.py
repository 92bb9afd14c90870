from app.mongo import db


def reset_events() -> None:
    db.events.delete_many({})
