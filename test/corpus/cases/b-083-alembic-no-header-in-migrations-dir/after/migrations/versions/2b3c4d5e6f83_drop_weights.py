"""drop weights"""
from alembic import op



def upgrade():
    with op.batch_alter_table("shipments") as batch_op:
        batch_op.drop_column("weight_grams")


def downgrade():
    pass
