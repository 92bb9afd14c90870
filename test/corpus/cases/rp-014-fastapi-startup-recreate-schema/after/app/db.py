import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase

engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


class Base(DeclarativeBase):
    pass
