from django.db import migrations

DEFAULTS = {
    "new_checkout": False,
    "search_v2": True,
    "bulk_export": False,
}


def reset_flags(apps, schema_editor):
    Flag = apps.get_model("flags", "Flag")
    Flag.objects.all().delete()
    Flag.objects.bulk_create([Flag(name=name, enabled=value) for name, value in DEFAULTS.items()])


class Migration(migrations.Migration):
    dependencies = [("flags", "0011_flag_tenant")]

    operations = [
        migrations.RunPython(reset_flags, migrations.RunPython.noop),
    ]
