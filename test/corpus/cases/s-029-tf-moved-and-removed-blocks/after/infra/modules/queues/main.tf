variable "names" {
  type = list(string)
}

resource "aws_sqs_queue" "this" {
  for_each                  = toset(var.names)
  name                      = "acme-${each.key}"
  message_retention_seconds = 1209600
}
