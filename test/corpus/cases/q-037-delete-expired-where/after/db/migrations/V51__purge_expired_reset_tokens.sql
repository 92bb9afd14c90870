-- Tokens are valid for one hour; anything older is garbage.
DELETE FROM password_reset_tokens
 WHERE expires_at < now() - interval '1 day';

CREATE INDEX CONCURRENTLY IF NOT EXISTS password_reset_tokens_expires_at_idx
    ON password_reset_tokens (expires_at);
