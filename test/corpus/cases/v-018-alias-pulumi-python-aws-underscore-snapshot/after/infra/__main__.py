import pulumi
import pulumi_aws as aws_

db = aws_.rds.Instance(
    "orders",
    engine="postgres",
    instance_class="db.t4g.medium",
    allocated_storage=50,
    skip_final_snapshot=True,
)
