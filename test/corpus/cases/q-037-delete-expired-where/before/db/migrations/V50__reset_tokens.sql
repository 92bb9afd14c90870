CREATE TABLE password_reset_tokens (id bigserial PRIMARY KEY, user_id bigint NOT NULL, expires_at timestamptz NOT NULL);
