from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("crm", "0001_initial"),
    ]

    operations = [
        migrations.DeleteModel(
            name="LegacyCustomer",
        ),
    ]
