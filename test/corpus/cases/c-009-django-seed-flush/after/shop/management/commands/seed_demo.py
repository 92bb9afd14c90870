from django.core.management import call_command
from django.core.management.base import BaseCommand

from shop.factories import OrderFactory, ProductFactory


class Command(BaseCommand):
    help = "Load demo data"

    def handle(self, *args, **options):
        call_command("flush", interactive=False)
        ProductFactory.create_batch(50)
        OrderFactory.create_batch(200)
