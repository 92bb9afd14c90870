from django.db import migrations, models
from django.utils import timezone


def backfill(apps, schema_editor):
    Product = apps.get_model("catalog", "Product")
    Product.objects.filter(discontinued_at__isnull=False).update(archived=True)
    cutoff = timezone.now() - timezone.timedelta(days=30)
    Product.objects.filter(status="draft", updated_at__lt=cutoff, orders__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("catalog", "0043_product_archived")]

    operations = [
        migrations.AlterField(
            model_name="product",
            name="sku",
            field=models.CharField(max_length=64, unique=True),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
