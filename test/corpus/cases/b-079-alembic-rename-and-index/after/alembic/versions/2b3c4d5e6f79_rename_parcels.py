"""rename parcels

Revision ID: 2b3c4d5e6f79
Revises: 1a2b3c4d5e6f
Create Date: 2026-12-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision: str = "2b3c4d5e6f79"
down_revision: Union[str, None] = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.rename_table("parcels", "packages")
    op.alter_column("shipments", "notes", new_column_name="remarks")
    op.drop_index("ix_shipments_carrier", table_name="shipments")
    op.drop_constraint("parcels_shipment_id_fkey", "packages", type_="foreignkey")


def downgrade() -> None:
    op.rename_table("packages", "parcels")
