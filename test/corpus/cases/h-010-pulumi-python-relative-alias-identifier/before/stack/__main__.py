import pulumi
from .infra import rds as r

r.Instance(
    "orders",
    identifier="orders",
    engine="postgres",
    instance_class="db.r6g.large",
    allocated_storage=100,
)
