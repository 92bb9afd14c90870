inputs = {
  deletion_protection     = false
  backup_retention_period = 14
}
