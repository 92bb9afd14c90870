"""add device label

Revision ID: 8a7b6c5d4e3f
Revises: 4f1d2c3b5a69
Create Date: 2026-11-20 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "8a7b6c5d4e3f"
down_revision: Union[str, None] = "4f1d2c3b5a69"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("label", sa.String(length=64), nullable=True))


def downgrade() -> None:
    pass
