resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = data.aws_iam_policy_document.assets.json
}

moved {
  from = aws_cloudwatch_metric_alarm.queue_depth
  to   = aws_cloudwatch_metric_alarm.thumbnail_queue_depth
}

resource "aws_cloudwatch_metric_alarm" "thumbnail_queue_depth" {
  alarm_name          = "thumbnails-queue-depth"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 60
  statistic           = "Average"
  threshold           = 100
}
