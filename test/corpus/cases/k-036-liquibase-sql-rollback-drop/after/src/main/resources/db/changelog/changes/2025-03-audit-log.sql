--liquibase formatted sql

--changeset dev:2025-03-audit-log-1
CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  actor_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
--rollback DROP TABLE audit_log;

--changeset dev:2025-03-audit-log-2
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, created_at);
--rollback DROP INDEX audit_log_actor_idx;
