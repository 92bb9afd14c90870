resource "aws_db_instance" "analytics" {
  identifier              = "analytics-${var.env}"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.large"
  allocated_storage       = 500
  storage_encrypted       = true
  username                = "analytics"
  manage_master_user_password = true
  backup_retention_period = 7
  skip_final_snapshot     = false
  final_snapshot_identifier = "analytics-${var.env}-final"
  tags                    = local.tags
}

resource "aws_cloudwatch_metric_alarm" "analytics_cpu" {
  alarm_name          = "analytics-${var.env}-cpu"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  dimensions = {
    DBInstanceIdentifier = aws_db_instance.analytics.identifier
  }
}
