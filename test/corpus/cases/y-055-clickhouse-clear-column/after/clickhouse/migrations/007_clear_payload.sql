ALTER TABLE analytics.events CLEAR COLUMN payload IN PARTITION ID 'all';
