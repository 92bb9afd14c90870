"""cleanup parcels"""
from alembic import op
import sqlalchemy as sa



def upgrade():
    op.drop_table("parcels")


def downgrade():
    pass
