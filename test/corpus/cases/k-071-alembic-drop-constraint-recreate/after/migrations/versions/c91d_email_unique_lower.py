"""email unique lower

Revision ID: c91d0a7e5b21
Revises: b81e5c0d2f44
"""
from alembic import op
import sqlalchemy as sa

revision = "c91d0a7e5b21"
down_revision = "b81e5c0d2f44"


def upgrade():
    op.drop_constraint("users_email_key", "users", type_="unique")
    op.create_index("users_email_lower_uniq", "users", [sa.text("lower(email)")], unique=True)


def downgrade():
    op.drop_index("users_email_lower_uniq", table_name="users")
    op.create_unique_constraint("users_email_key", "users", ["email"])
