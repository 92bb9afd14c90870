variable "env_name" {
  type    = string
  default = "prod"
}
