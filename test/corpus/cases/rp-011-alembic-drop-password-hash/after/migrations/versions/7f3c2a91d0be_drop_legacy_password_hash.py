"""drop legacy password hash

Revision ID: 7f3c2a91d0be
Revises: 51ab09ee7d42
Create Date: 2026-10-30 14:22:05.118313

"""
from alembic import op
import sqlalchemy as sa


revision = "7f3c2a91d0be"
down_revision = "51ab09ee7d42"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.alter_column("email", existing_type=sa.String(255), nullable=False)
    op.drop_column("users", "legacy_password_hash")
    op.drop_table("password_resets")


def downgrade() -> None:
    op.create_table(
        "password_resets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
    )
    op.add_column("users", sa.Column("legacy_password_hash", sa.String(128), nullable=True))
