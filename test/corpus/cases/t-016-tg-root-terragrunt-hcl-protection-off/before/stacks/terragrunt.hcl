inputs = {
  deletion_protection = true
}
