resource "azurerm_cosmosdb_sql_database" "app" {
  name                = "app"
  resource_group_name = "rg-data-prod"
  account_name        = azurerm_cosmosdb_account.main.name
}
