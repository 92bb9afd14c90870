from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from billing.models import Invoice


class Command(BaseCommand):
    help = "Remove draft invoices older than 30 days"

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(days=30)
        deleted, _ = Invoice.objects.filter(status="draft", created_at__lt=cutoff).delete()
        self.stdout.write(f"deleted {deleted}")
