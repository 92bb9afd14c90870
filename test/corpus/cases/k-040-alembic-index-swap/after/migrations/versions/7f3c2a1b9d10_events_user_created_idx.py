"""events user/created index

Revision ID: 7f3c2a1b9d10
Revises: 4e2b1a0c8f77
Create Date: 2025-03-16 10:12:00
"""
from alembic import op

revision = "7f3c2a1b9d10"
down_revision = "4e2b1a0c8f77"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_index("ix_events_user_id", table_name="events")
    op.create_index("ix_events_user_id_created_at", "events", ["user_id", "created_at"])


def downgrade():
    op.drop_index("ix_events_user_id_created_at", table_name="events")
    op.create_index("ix_events_user_id", "events", ["user_id"])
