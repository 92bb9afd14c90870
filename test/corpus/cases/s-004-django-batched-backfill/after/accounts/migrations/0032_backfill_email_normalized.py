from django.db import migrations

BATCH = 5000


def forwards(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    last_id = 0
    while True:
        ids = list(
            User.objects.filter(id__gt=last_id, email_normalized__isnull=True)
            .order_by("id")
            .values_list("id", flat=True)[:BATCH]
        )
        if not ids:
            break
        for user in User.objects.filter(id__in=ids):
            user.email_normalized = user.email.strip().lower()
            user.save(update_fields=["email_normalized"])
        last_id = ids[-1]


class Migration(migrations.Migration):
    atomic = False
    dependencies = [("accounts", "0031_user_email_normalized")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
