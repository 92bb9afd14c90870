resource "azurerm_storage_account" "uploads" {
  name                     = "stuploadsprod"
  resource_group_name      = azurerm_resource_group.data.name
  location                 = azurerm_resource_group.data.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  tags = {
    cost_centre = "payments"
  }
}
