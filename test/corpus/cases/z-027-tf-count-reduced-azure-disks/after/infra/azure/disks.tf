variable "data_disk_count" {
  type    = number
  default = 2
}

resource "azurerm_managed_disk" "data" {
  count                = var.data_disk_count
  name                 = "vm-db-data-${count.index}"
  location             = "westeurope"
  resource_group_name  = "rg-db-prod"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
}
