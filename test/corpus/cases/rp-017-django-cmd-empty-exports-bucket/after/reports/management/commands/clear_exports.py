import boto3
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Remove generated report exports older than the retention window"

    def handle(self, *args, **options):
        s3 = boto3.resource("s3")
        bucket = s3.Bucket(settings.EXPORTS_BUCKET)
        bucket.objects.all().delete()
        self.stdout.write(self.style.SUCCESS("exports cleared"))
