from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("accounts", "0030_user_last_seen")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="email_normalized",
            field=models.CharField(max_length=254, null=True, db_index=True),
        ),
    ]
