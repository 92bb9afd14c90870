{% macro cleanup_staging() %}
  {% for name in ['stg_orders_old', 'stg_customers_old'] %}
    {% set rel = adapter.get_relation(database=target.database, schema=target.schema, identifier=name) %}
    {% if rel %}
      {% do adapter.drop_relation(rel) %}
    {% endif %}
  {% endfor %}
{% endmacro %}
