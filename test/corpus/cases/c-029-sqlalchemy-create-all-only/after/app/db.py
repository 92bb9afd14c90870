import os

from sqlalchemy import create_engine

from app.models import Base

engine = create_engine(os.environ["DATABASE_URL"])


def init_db() -> None:
    Base.metadata.create_all(bind=engine)
