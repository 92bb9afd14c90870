import boto3

BUCKET = "acme-customer-exports"


def clean() -> None:
    s3 = boto3.resource("s3")
    s3.Bucket(BUCKET).objects.all().delete()
