resource "azurerm_postgresql_flexible_server" "main" {
  name                = "pg-orders-prod"
  resource_group_name = azurerm_resource_group.data.name
  location            = "westeurope"
  version             = "15"
  sku_name            = "GP_Standard_D4s_v3"
  storage_mb          = 131072
}
