CREATE SCHEMA import_tmp;
ALTER TABLE public.legacy_countries SET SCHEMA import_tmp;
INSERT INTO public.countries (code, name)
SELECT code, name FROM import_tmp.legacy_countries
ON CONFLICT (code) DO NOTHING;
DROP SCHEMA import_tmp CASCADE;
