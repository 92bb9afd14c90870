import pulumi_aws as aws

orders = aws.rds.Instance(
    "orders",
    identifier="orders",
    engine="postgres",
    instance_class="db.r6g.large",
    backup_retention_period=30,
)
