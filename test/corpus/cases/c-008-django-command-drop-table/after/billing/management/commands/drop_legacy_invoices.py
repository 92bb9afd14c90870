from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = "Drop the legacy invoices table now that billing v2 is live"

    def handle(self, *args, **options):
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS billing_legacyinvoice")
        self.stdout.write(self.style.SUCCESS("dropped"))
