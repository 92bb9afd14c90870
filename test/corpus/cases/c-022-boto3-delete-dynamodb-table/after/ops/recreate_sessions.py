import boto3

dynamodb = boto3.client("dynamodb")


def recreate() -> None:
    dynamodb.delete_table(TableName="sessions")
    dynamodb.get_waiter("table_not_exists").wait(TableName="sessions")
    dynamodb.create_table(
        TableName="sessions",
        KeySchema=[{"AttributeName": "sid", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "sid", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
