DROP TABLE IF EXISTS analytics.raw_hits ON CLUSTER default SYNC;
