ALTER TABLE analytics.events ON CLUSTER default DELETE WHERE 1;
