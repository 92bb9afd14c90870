resource "aws_db_instance" "replica" {
  count = length([for r in local.regions : r if r == "eu-west-1"])

  identifier     = "orders-replica"
  engine         = "postgres"
  instance_class = "db.r6g.large"
}
