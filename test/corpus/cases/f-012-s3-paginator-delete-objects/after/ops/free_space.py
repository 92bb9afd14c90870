import boto3

s3 = boto3.client("s3")
paginator = s3.get_paginator("list_objects_v2")
for page in paginator.paginate(Bucket="acme-uploads"):
    keys = [{"Key": obj["Key"]} for obj in page.get("Contents", [])]
    if keys:
        s3.delete_objects(Bucket="acme-uploads", Delete={"Objects": keys})
