resource "aws_cloudwatch_metric_alarm" "api_5xx" {
  alarm_name          = "api-5xx"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "HTTPCode_Target_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = 20
}

resource "aws_cloudwatch_metric_alarm" "api_5xx_dup" {
  alarm_name          = "api-5xx-duplicate"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "HTTPCode_Target_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = 20
}

resource "aws_iam_role_policy_attachment" "ci_readonly" {
  role       = "ci"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
