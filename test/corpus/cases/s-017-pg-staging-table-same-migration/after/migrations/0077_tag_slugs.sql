CREATE TABLE tag_slug_staging AS
  SELECT id, lower(regexp_replace(name, '[^a-z0-9]+', '-', 'gi')) AS slug FROM tags;
ALTER TABLE tags ADD COLUMN slug text;
UPDATE tags t SET slug = s.slug FROM tag_slug_staging s WHERE s.id = t.id;
DROP TABLE tag_slug_staging;
