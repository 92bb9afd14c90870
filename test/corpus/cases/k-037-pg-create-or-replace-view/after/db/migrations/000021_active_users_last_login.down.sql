CREATE OR REPLACE VIEW active_users AS
SELECT u.id, u.email, u.created_at
FROM users u
WHERE u.deleted_at IS NULL;
