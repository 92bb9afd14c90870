SET sql_safe_updates = false;
DELETE FROM sessions;
