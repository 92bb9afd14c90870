from sqlalchemy import text

from app.db import SessionLocal


def purge_audit_events() -> None:
    with SessionLocal() as session:
        session.execute(text("DELETE FROM audit_events"))
        session.commit()
