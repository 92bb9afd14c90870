variable "env" {
  type = string
}

variable "enable_search" {
  description = "Create the OpenSearch domain"
  type        = bool
  default     = true
}
