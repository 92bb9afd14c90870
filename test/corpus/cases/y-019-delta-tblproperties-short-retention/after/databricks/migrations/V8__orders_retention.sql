ALTER TABLE main.sales.orders SET TBLPROPERTIES (
  'delta.logRetentionDuration' = 'interval 1 days',
  'delta.deletedFileRetentionDuration' = 'interval 1 hours'
);
