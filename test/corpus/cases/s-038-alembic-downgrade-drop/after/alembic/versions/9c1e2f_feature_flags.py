"""feature flags

Revision ID: 9c1e2f
Revises: 77ab01
"""
import sqlalchemy as sa
from alembic import op

revision = "9c1e2f"
down_revision = "77ab01"


def upgrade():
    op.create_table(
        "feature_flags",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("enabled", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.add_column("accounts", sa.Column("beta", sa.Boolean, nullable=True))


def downgrade():
    op.drop_column("accounts", "beta")
    op.drop_table("feature_flags")
