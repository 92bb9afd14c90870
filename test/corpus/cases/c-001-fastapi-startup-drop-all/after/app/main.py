import os

from fastapi import FastAPI
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from .models import Base
from .routes import router

engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine)

app = FastAPI()
app.include_router(router)


@app.on_event("startup")
def sync_schema() -> None:
    # models changed a lot this sprint; rebuild the schema so it always matches
    Base.metadata.drop_all(bind=engine)
    Base.metadata.create_all(bind=engine)
