resource "aws_sqs_queue" "background_jobs" {
  name                      = "jobs-${var.env}"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "background_jobs_dlq" {
  name = "jobs-${var.env}-dlq"
}

moved {
  from = aws_sqs_queue.jobs
  to   = aws_sqs_queue.background_jobs
}

moved {
  from = aws_sqs_queue.jobs_dlq
  to   = aws_sqs_queue.background_jobs_dlq
}
