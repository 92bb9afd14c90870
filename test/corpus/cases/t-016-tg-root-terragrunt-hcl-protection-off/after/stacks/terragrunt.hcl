inputs = {
  deletion_protection = false
}
