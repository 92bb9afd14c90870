from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("orders", "0057_order_total_view")]

    operations = [
        migrations.RunSQL(
            sql="ALTER TABLE orders_order DROP COLUMN cached_total;",
            reverse_sql="ALTER TABLE orders_order ADD COLUMN cached_total numeric(12, 2);",
            state_operations=[
                migrations.RemoveField(model_name="order", name="cached_total"),
            ],
        ),
    ]
