-- Runs on `supabase db reset` (local development only).
truncate table public.projects, public.organizations restart identity cascade;

insert into public.organizations (id, name) values
  ('00000000-0000-0000-0000-000000000001', 'Acme Dev');

insert into public.projects (org_id, name) values
  ('00000000-0000-0000-0000-000000000001', 'Demo project');
