import boto3

s3 = boto3.client("s3")
sqs = boto3.client("sqs")
table = boto3.resource("dynamodb").Table("carts")


def handle(message, queue_url):
    body = message["Body"]
    s3.delete_object(Bucket="acme-uploads", Key=f"tmp/{body}")
    table.delete_item(Key={"cart_id": body})
    sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
