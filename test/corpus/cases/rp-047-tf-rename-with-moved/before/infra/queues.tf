resource "aws_sqs_queue" "jobs" {
  name                      = "jobs-${var.env}"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "jobs_dlq" {
  name = "jobs-${var.env}-dlq"
}
