resource "aws_lambda_function" "thumbnailer" {
  function_name = "thumbnailer"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/thumbnailer.zip"
}

resource "aws_ecs_service" "legacy_worker" {
  name            = "legacy-worker"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.legacy_worker.arn
  desired_count   = 1
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = data.aws_iam_policy_document.assets.json
}

resource "aws_cloudwatch_metric_alarm" "queue_depth" {
  alarm_name          = "thumbnails-queue-depth"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 60
  statistic           = "Average"
  threshold           = 100
}
