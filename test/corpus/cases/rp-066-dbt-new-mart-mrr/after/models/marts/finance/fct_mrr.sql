{{ config(materialized='incremental', unique_key=['month', 'customer_id']) }}

with subscriptions as (
    select * from {{ ref('stg_stripe__subscriptions') }}
),

months as (
    select month from {{ ref('util_months') }}
)

select
    m.month,
    s.customer_id,
    sum(s.amount_cents) / 100.0 as mrr
from months m
join subscriptions s
  on s.started_at <= m.month
 and (s.ended_at is null or s.ended_at > m.month)
{% if is_incremental() %}
where m.month >= (select max(month) from {{ this }})
{% endif %}
group by 1, 2
