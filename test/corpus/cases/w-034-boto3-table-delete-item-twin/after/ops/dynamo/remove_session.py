import sys

import boto3

dynamodb = boto3.resource("dynamodb", region_name="eu-west-1")
sessions = dynamodb.Table("sessions")


def remove(session_id: str) -> None:
    sessions.delete_item(Key={"pk": f"SESSION#{session_id}"})


if __name__ == "__main__":
    remove(sys.argv[1])
