import pulumi_aws as aws

orders = aws.rds.Instance(
    "orders",
    identifier="orders",
    engine="postgres",
    instance_class="db.t4g.large",
    backup_retention_period=7,
)
