DROP MATERIALIZED VIEW IF EXISTS reporting.daily_signups;

CREATE MATERIALIZED VIEW reporting.daily_signups AS
SELECT date_trunc('day', created_at)::date AS day, region, count(*) AS signups
FROM public.users
GROUP BY 1, 2
WITH DATA;

CREATE UNIQUE INDEX daily_signups_day_region ON reporting.daily_signups (day, region);
