-- Expand step: add the new column and keep both in sync from the app.
ALTER TABLE profiles ADD COLUMN display_name text;
UPDATE profiles SET display_name = full_name WHERE display_name IS NULL AND id < 100000;
-- Contract step (separate release, after the app stops reading full_name):
--   ALTER TABLE profiles DROP COLUMN full_name;
