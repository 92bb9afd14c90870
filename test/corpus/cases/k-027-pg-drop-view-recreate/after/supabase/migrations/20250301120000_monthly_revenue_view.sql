-- Column order changes, so CREATE OR REPLACE is not enough.
drop view if exists public.monthly_revenue;

create view public.monthly_revenue as
select date_trunc('month', paid_at) as month,
       currency,
       sum(amount_cents) as revenue_cents,
       count(*) as invoices
from public.invoices
where status = 'paid'
group by 1, 2;

grant select on public.monthly_revenue to authenticated;
