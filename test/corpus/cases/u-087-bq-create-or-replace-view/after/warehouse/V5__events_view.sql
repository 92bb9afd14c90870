CREATE OR REPLACE VIEW `acme.analytics.recent_events` AS
SELECT * FROM `acme.analytics.events` WHERE day > CURRENT_DATE() - 7;
