from datetime import datetime, timezone

from celery import shared_task
from sqlalchemy import delete

from app.db import SessionLocal
from app.models import PasswordResetToken


@shared_task
def purge_reset_tokens():
    now = datetime.now(timezone.utc)
    with SessionLocal() as session:
        session.execute(delete(PasswordResetToken).where(PasswordResetToken.expires_at < now))
        session.commit()
