from django.core.management.base import BaseCommand
from django_redis import get_redis_connection


class Command(BaseCommand):
    help = "Clear cached prices after the pricing migration"

    def handle(self, *args, **options):
        conn = get_redis_connection("default")
        removed = 0
        for key in conn.scan_iter(count=1000):
            conn.delete(key)
            removed += 1
        self.stdout.write(f"removed {removed} keys")
