from django.core.management.base import BaseCommand

from bookings.models import Booking


class Command(BaseCommand):
    def handle(self, *args, **options):
        for booking in Booking.objects.all().iterator():
            booking.delete()
