ALTER TABLE analytics.events CLEAR COLUMN user_agent;
