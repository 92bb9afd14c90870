resource "aws_db_instance" "replica" {
  count = length([for r in local.regions : r if r == "us-east-2"])

  identifier     = "orders-replica"
  engine         = "postgres"
  instance_class = "db.r6g.large"
}
