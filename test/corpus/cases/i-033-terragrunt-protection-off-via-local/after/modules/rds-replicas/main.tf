resource "aws_db_instance" "replica" {
  count               = var.replica_count
  identifier          = "orders-replica-${count.index}"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  deletion_protection = var.deletion_protection
}
