import boto3

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table("orders")


def purge():
    response = table.scan()
    items = response["Items"]
    while "LastEvaluatedKey" in response:
        response = table.scan(ExclusiveStartKey=response["LastEvaluatedKey"])
        items.extend(response["Items"])
    with table.batch_writer() as batch:
        for item in items:
            batch.delete_item(Key={"order_id": item["order_id"]})


if __name__ == "__main__":
    purge()
