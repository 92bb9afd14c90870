resource "azurerm_management_lock" "sql" {
  name       = "sql-lock"
  scope      = azurerm_mssql_server.main.id
  lock_level = "ReadOnly"
}
