import boto3

dynamodb = boto3.resource("dynamodb", region_name="eu-west-1")
sessions = dynamodb.Table("sessions")


def recreate():
    schema = sessions.key_schema
    sessions.delete()
    sessions.wait_until_not_exists()
    dynamodb.create_table(TableName="sessions", KeySchema=schema, BillingMode="PAY_PER_REQUEST")


if __name__ == "__main__":
    recreate()
