CREATE TABLE audit_trail (id bigserial PRIMARY KEY, entry jsonb NOT NULL);
