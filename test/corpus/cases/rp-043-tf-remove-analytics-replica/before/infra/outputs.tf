output "orders_endpoint" {
  value = aws_db_instance.orders.address
}

output "analytics_endpoint" {
  value = aws_db_instance.analytics.address
}
