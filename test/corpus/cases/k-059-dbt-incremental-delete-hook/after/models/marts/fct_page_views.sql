{{
  config(
    materialized='incremental',
    unique_key='page_view_id',
    incremental_strategy='delete+insert',
    pre_hook="delete from {{ this }} where view_date >= current_date - 3"
  )
}}

select page_view_id, user_id, url, view_date
from {{ ref('stg_page_views') }}
{% if is_incremental() %}
where view_date >= current_date - 3
{% endif %}
