ALTER TABLE analytics.events ON CLUSTER main DELETE WHERE event_date < '2020-01-01';
ALTER TABLE analytics.events DROP INDEX idx_session;
ALTER TABLE analytics.events DROP PROJECTION p_by_user;
