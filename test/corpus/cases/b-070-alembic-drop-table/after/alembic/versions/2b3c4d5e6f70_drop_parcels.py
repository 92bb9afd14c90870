"""drop parcels

Revision ID: 2b3c4d5e6f70
Revises: 1a2b3c4d5e6f
Create Date: 2026-12-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision: str = "2b3c4d5e6f70"
down_revision: Union[str, None] = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("parcels")


def downgrade() -> None:
    op.create_table(
        "parcels",
        sa.Column("id", sa.Integer(), primary_key=True),
    )
