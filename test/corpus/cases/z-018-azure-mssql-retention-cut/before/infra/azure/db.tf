resource "azurerm_mssql_database" "orders" {
  name      = "orders"
  server_id = azurerm_mssql_server.main.id
  sku_name  = "S3"

  short_term_retention_policy {
    retention_days = 35
  }
  long_term_retention_policy {
    weekly_retention  = "P12W"
    monthly_retention = "P12M"
  }
}
