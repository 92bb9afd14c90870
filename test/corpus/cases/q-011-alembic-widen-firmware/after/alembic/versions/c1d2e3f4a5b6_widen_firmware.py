"""widen firmware and battery

Revision ID: c1d2e3f4a5b6
Revises: 8a7b6c5d4e3f
Create Date: 2026-11-20 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "c1d2e3f4a5b6"
down_revision: Union[str, None] = "8a7b6c5d4e3f"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.alter_column("devices", "firmware", type_=sa.String(length=40))
    op.alter_column("devices", "battery_pct", type_=sa.Integer())


def downgrade() -> None:
    pass
