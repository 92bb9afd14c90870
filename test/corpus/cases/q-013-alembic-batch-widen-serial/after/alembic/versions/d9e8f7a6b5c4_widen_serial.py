"""widen serial

Revision ID: d9e8f7a6b5c4
Revises: 8a7b6c5d4e3f
Create Date: 2026-11-20 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "d9e8f7a6b5c4"
down_revision: Union[str, None] = "8a7b6c5d4e3f"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch_op:
        batch_op.alter_column("serial", type_=sa.String(length=48), existing_nullable=False)


def downgrade() -> None:
    pass
