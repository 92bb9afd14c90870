CREATE SCHEMA import_tmp;
CREATE TABLE import_tmp.countries (code char(2), name text);
INSERT INTO import_tmp.countries VALUES ('DE', 'Germany'), ('FR', 'France'), ('NL', 'Netherlands');

INSERT INTO public.countries (code, name)
SELECT code, name FROM import_tmp.countries
ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name;

DROP SCHEMA import_tmp CASCADE;
