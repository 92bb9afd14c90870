module "queues" {
  source = "./modules/queues"
  names  = ["emails", "webhooks"]
}

moved {
  from = aws_sqs_queue.emails
  to   = module.queues.aws_sqs_queue.this["emails"]
}

moved {
  from = aws_sqs_queue.webhooks
  to   = module.queues.aws_sqs_queue.this["webhooks"]
}

removed {
  from = aws_sqs_queue.legacy_batch
  lifecycle {
    destroy = false
  }
}
