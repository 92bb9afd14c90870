REPLACE INTO feature_flags (name, enabled) VALUES
  ('new_checkout', 0),
  ('dark_mode', 1);
