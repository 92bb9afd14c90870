"""label queue

Revision ID: 2b3c4d5e6f87
Revises: 1a2b3c4d5e6f
Create Date: 2026-12-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision: str = "2b3c4d5e6f87"
down_revision: Union[str, None] = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "label_queue",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("raw_payload", sa.Text()),
    )
    op.execute("ALTER TABLE label_queue DROP COLUMN raw_payload")


def downgrade() -> None:
    op.drop_table("label_queue")
