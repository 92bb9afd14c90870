{{ config(materialized='table') }}

select
    id as order_id,
    user_id,
    total
from {{ source('shop', 'orders') }}
where deleted_at is null
