from fastapi import FastAPI

from app.api import router
from app.db import Base, engine

app = FastAPI(title="ledger")
app.include_router(router)


@app.on_event("startup")
def startup() -> None:
    Base.metadata.create_all(bind=engine)
