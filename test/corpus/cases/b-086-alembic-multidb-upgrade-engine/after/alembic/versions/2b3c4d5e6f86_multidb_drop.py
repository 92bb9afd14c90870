"""multidb drop

Revision ID: 2b3c4d5e6f86
Revises: 1a2b3c4d5e6f
Create Date: 2026-12-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision: str = "2b3c4d5e6f86"
down_revision: Union[str, None] = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade(engine_name: str) -> None:
    globals()["upgrade_%s" % engine_name]()


def upgrade_reporting() -> None:
    op.drop_table("parcels")


def downgrade_reporting() -> None:
    pass


def downgrade(engine_name: str) -> None:
    globals()["downgrade_%s" % engine_name]()
