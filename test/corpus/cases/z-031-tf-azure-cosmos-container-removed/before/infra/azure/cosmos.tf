resource "azurerm_cosmosdb_sql_database" "app" {
  name                = "app"
  resource_group_name = "rg-data-prod"
  account_name        = azurerm_cosmosdb_account.main.name
}

resource "azurerm_cosmosdb_sql_container" "sessions" {
  name                = "sessions"
  resource_group_name = "rg-data-prod"
  account_name        = azurerm_cosmosdb_account.main.name
  database_name       = azurerm_cosmosdb_sql_database.app.name
  partition_key_paths = ["/userId"]
}
