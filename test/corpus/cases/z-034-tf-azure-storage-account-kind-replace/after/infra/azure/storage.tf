resource "azurerm_storage_account" "uploads" {
  name                     = "stuploadsprod"
  resource_group_name      = "rg-data-prod"
  location                 = "westeurope"
  account_tier             = "Premium"
  account_replication_type = "ZRS"
}
