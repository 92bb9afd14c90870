BEGIN;
TRUNCATE fact_sales;
COPY fact_sales FROM 's3://acme-exports/sales/' IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCopy' FORMAT AS PARQUET;
COMMIT;
