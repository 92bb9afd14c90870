from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("profiles", "0012_profile_nickname")]
    operations = [
        migrations.RemoveField("profile", "nickname"),
        migrations.AddField("profile", "handle", models.SlugField(max_length=40, null=True, unique=True)),
    ]
