from aws_cdk import Stack, RemovalPolicy as RP
import aws_cdk.aws_rds as rds_lib
from constructs import Construct


class DbStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, vpc, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        rds_lib.DatabaseInstance(
            self,
            "Ledger",
            engine=rds_lib.DatabaseInstanceEngine.POSTGRES,
            vpc=vpc,
            removal_policy=RP.DESTROY,
        )
