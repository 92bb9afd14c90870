resource "aws_sqs_queue" "emails" {
  name                      = "acme-emails"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "webhooks" {
  name                      = "acme-webhooks"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "legacy_batch" {
  name = "acme-legacy-batch"
}
