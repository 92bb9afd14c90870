-- high-churn queue table: keep less MVCC garbage
ALTER TABLE job_queue CONFIGURE ZONE USING gc.ttlseconds = 600;
