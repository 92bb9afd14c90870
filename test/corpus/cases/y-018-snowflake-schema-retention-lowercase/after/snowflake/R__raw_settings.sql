use role sysadmin;
alter schema raw set data_retention_time_in_days=0;
