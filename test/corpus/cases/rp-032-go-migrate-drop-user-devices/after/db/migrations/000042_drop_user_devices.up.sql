BEGIN;
DROP INDEX IF EXISTS user_devices_user_id_idx;
DROP TABLE IF EXISTS user_devices;
COMMIT;
