"""batch drop tracking

Revision ID: 2b3c4d5e6f72
Revises: 1a2b3c4d5e6f
Create Date: 2026-12-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision: str = "2b3c4d5e6f72"
down_revision: Union[str, None] = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_column("tracking_code")
        batch_op.alter_column("carrier", existing_type=sa.String(length=120), nullable=True)


def downgrade() -> None:
    pass
