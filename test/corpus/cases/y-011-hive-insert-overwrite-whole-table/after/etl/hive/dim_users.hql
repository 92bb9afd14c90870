SET hive.exec.dynamic.partition.mode=nonstrict;
INSERT OVERWRITE TABLE warehouse.dim_users
SELECT id, email, country FROM staging.users_snapshot;
