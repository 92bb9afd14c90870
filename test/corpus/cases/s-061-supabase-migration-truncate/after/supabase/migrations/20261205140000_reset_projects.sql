-- Start the new billing period from a clean slate.
truncate table public.projects restart identity cascade;
alter table public.projects add column billing_period date;
