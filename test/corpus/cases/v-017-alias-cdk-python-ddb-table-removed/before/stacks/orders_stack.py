from aws_cdk import Stack
from aws_cdk import aws_dynamodb as ddb
from constructs import Construct


class OrdersStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.orders = ddb.Table(
            self,
            "Orders",
            partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING),
        )
