SET spark.databricks.delta.retentionDurationCheck.enabled = false;
VACUUM main.analytics.events RETAIN 0 HOURS;
