inputs = {
  deletion_protection     = true
  backup_retention_period = 14
}
