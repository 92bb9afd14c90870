resource "azurerm_management_lock" "data_rg" {
  name       = "data-rg-cannot-delete"
  scope      = azurerm_resource_group.data.id
  lock_level = "CanNotDelete"
  notes      = "Production data lives here"
}
