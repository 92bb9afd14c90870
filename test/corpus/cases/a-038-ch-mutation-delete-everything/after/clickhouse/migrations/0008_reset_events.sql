ALTER TABLE analytics.events
  DELETE WHERE 1;
