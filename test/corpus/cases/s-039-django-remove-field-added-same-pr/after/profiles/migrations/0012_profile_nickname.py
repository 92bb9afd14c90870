from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("profiles", "0011_profile_bio")]
    operations = [
        migrations.AddField("profile", "nickname", models.CharField(max_length=40, blank=True)),
    ]
