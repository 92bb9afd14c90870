"""parcel constraints

Revision ID: 2b3c4d5e6f89
Revises: 1a2b3c4d5e6f
Create Date: 2026-12-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision: str = "2b3c4d5e6f89"
down_revision: Union[str, None] = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("parcels", sa.Column("label", sa.String(length=40), nullable=False, server_default=""))
    op.create_index("ix_parcels_shipment_id", "parcels", ["shipment_id"])
    op.create_unique_constraint("uq_parcels_label", "parcels", ["label"])
    op.alter_column("shipments", "tracking_code", existing_type=sa.String(length=64), nullable=False)
    op.execute("REINDEX TABLE parcels")


def downgrade() -> None:
    op.drop_constraint("uq_parcels_label", "parcels", type_="unique")
    op.drop_index("ix_parcels_shipment_id", table_name="parcels")
    op.drop_column("parcels", "label")
