variable "protect_databases" {
  description = "Refuse to delete the databases"
  type        = bool
  default     = true
}

variable "public_subnets" {
  type = list(string)
}

variable "session_key" {
  type    = string
  default = "session_id"
}
