import time

import boto3
from boto3.dynamodb.conditions import Attr

table = boto3.resource("dynamodb").Table("checkouts")


def expire():
    now = int(time.time())
    response = table.scan(FilterExpression=Attr("expires_at").lt(now))
    with table.batch_writer() as batch:
        for item in response["Items"]:
            batch.delete_item(Key={"id": item["id"]})
