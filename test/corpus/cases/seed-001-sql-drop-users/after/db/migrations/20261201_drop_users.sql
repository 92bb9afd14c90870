-- Remove the old users table now that accounts replaced it
BEGIN;
DROP TABLE users;
COMMIT;
