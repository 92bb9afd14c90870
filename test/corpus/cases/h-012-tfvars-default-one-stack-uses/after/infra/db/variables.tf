variable "db_identifier" {
  type    = string
  default = "orders-v2"
}
