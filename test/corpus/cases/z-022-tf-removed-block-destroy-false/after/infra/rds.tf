removed {
  from = aws_db_instance.reporting

  lifecycle {
    destroy = false
  }
}
