"""create shipments

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2026-10-01 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision = "1a2b3c4d5e6f"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shipments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("carrier", sa.String(length=120), nullable=False),
        sa.Column("tracking_code", sa.String(length=64)),
        sa.Column("weight_grams", sa.BigInteger()),
        sa.Column("notes", sa.Text()),
    )
    op.create_table(
        "parcels",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("shipment_id", sa.Integer(), sa.ForeignKey("shipments.id")),
    )


def downgrade() -> None:
    op.drop_table("parcels")
    op.drop_table("shipments")
