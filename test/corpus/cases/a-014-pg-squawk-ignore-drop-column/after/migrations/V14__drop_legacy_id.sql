-- squawk-ignore ban-drop-column
ALTER TABLE IF EXISTS ONLY public.users DROP COLUMN IF EXISTS legacy_id;
