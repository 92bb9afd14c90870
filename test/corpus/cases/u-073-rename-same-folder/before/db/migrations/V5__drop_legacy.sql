DROP TABLE old_events;
