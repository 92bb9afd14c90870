from celery import shared_task

from .models import Booking


@shared_task
def reset_demo_bookings():
    bookings = Booking.objects.all()
    count = bookings.count()
    bookings.delete()
    return count
