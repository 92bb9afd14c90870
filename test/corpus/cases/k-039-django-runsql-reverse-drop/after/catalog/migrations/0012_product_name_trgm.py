from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("catalog", "0011_product_slug"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunSQL(
            sql="CREATE INDEX CONCURRENTLY IF NOT EXISTS catalog_product_name_trgm ON catalog_product USING gin (name gin_trgm_ops);",
            reverse_sql="DROP INDEX CONCURRENTLY IF EXISTS catalog_product_name_trgm;",
        ),
    ]
