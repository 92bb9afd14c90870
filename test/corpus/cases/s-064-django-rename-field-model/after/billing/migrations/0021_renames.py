from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("billing", "0020_invoice_due_on")]

    operations = [
        migrations.RenameField("invoice", "amt", "amount_cents"),
        migrations.RenameModel("PaymentAttempt", "Charge"),
        migrations.AlterModelTable("charge", "billing_charges"),
    ]
