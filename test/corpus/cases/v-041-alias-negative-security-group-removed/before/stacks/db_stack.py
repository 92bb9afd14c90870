from aws_cdk import Stack
import aws_cdk.aws_rds as rds
import aws_cdk.aws_ec2 as net


class DbStack(Stack):
    def __init__(self, scope, construct_id, *, vpc, **kwargs):
        super().__init__(scope, construct_id, **kwargs)
        self.sg = net.SecurityGroup(self, "DbAccess", vpc=vpc)
        self.db = rds.DatabaseInstance(self, "Ledger", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc)
