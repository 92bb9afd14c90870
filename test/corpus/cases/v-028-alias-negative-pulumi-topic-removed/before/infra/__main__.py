import pulumi
import pulumi_aws as aws_

orders = aws_.rds.Instance("orders", engine="postgres", instance_class="db.t4g.medium", allocated_storage=50)
events = aws_.sns.Topic("order-events")
