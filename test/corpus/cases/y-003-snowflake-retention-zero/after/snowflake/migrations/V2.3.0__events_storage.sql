-- events is large; time travel storage dominates the bill
ALTER TABLE raw.events SET DATA_RETENTION_TIME_IN_DAYS = 0;
ALTER TABLE raw.events SET CHANGE_TRACKING = FALSE;
