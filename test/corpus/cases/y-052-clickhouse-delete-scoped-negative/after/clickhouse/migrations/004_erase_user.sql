ALTER TABLE analytics.events DELETE WHERE user_id = 48151623;
