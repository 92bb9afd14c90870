import json
import os

import boto3

table = boto3.resource("dynamodb").Table(os.environ["PAYMENTS_TABLE"])
sqs = boto3.client("sqs")


def handler(event, context):
    charge_id = event["pathParameters"]["id"]
    table.update_item(
        Key={"pk": f"charge#{charge_id}"},
        UpdateExpression="SET refund_status = :s",
        ExpressionAttributeValues={":s": "requested"},
    )
    sqs.send_message(QueueUrl=os.environ["REFUNDS_QUEUE_URL"], MessageBody=json.dumps({"charge_id": charge_id}))
    return {"statusCode": 202}
