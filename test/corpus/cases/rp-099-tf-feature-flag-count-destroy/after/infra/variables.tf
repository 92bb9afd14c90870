variable "env" {
  type = string
}

variable "enable_search" {
  description = "Create the OpenSearch domain (off by default; enable per environment)"
  type        = bool
  default     = false
}
