from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, text

from app.db import SessionLocal
from app.models import PasswordResetToken


def purge_expired_tokens() -> int:
    cutoff = datetime.now(timezone.utc) - timedelta(days=1)
    with SessionLocal() as session:
        result = session.execute(delete(PasswordResetToken).where(PasswordResetToken.expires_at < cutoff))
        session.execute(text("DELETE FROM login_attempts WHERE created_at < :cutoff"), {"cutoff": cutoff})
        session.commit()
        return result.rowcount
