from django.core.management.base import BaseCommand
from django.db.models import Q

from billing.models import Invoice


class Command(BaseCommand):
    help = "Remove invoices matching the given filters"

    def add_arguments(self, parser):
        parser.add_argument("--status")

    def handle(self, *args, **options):
        query = Q()
        deleted, _ = Invoice.objects.filter(query).delete()
        self.stdout.write(f"deleted {deleted}")
