"""create api keys

Revision ID: a91d44c0e2f7
Revises: 7f3c2a91d0be
Create Date: 2026-11-02 10:01:44.902117

"""
from alembic import op
import sqlalchemy as sa


revision = "a91d44c0e2f7"
down_revision = "7f3c2a91d0be"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("prefix", sa.String(8), nullable=False),
        sa.Column("hashed_key", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_api_keys_prefix", "api_keys", ["prefix"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_api_keys_prefix", table_name="api_keys")
    op.drop_table("api_keys")
