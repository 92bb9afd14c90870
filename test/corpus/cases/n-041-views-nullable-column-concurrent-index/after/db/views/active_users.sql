CREATE OR REPLACE VIEW active_users AS
SELECT id, email, last_seen_at
FROM users
WHERE deleted_at IS NULL;
