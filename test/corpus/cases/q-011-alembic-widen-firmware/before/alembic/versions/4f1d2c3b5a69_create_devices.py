"""create devices

Revision ID: 4f1d2c3b5a69
Revises: 
Create Date: 2026-11-20 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "4f1d2c3b5a69"
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("serial", sa.String(length=24), nullable=False),
        sa.Column("firmware", sa.String(length=16), nullable=True),
        sa.Column("battery_pct", sa.SmallInteger(), nullable=True),
    )


def downgrade() -> None:
    pass
