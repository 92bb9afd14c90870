"""reset parcels

Revision ID: 2b3c4d5e6f73
Revises: 1a2b3c4d5e6f
Create Date: 2026-12-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision: str = "2b3c4d5e6f73"
down_revision: Union[str, None] = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("TRUNCATE TABLE parcels RESTART IDENTITY CASCADE"))


def downgrade() -> None:
    pass
