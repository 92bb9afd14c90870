{% macro drop_ci_schema() %}
  {% if target.name == 'ci' %}
    {% set sql %}drop schema if exists {{ target.schema }} cascade{% endset %}
    {% do run_query(sql) %}
    {{ log("dropped " ~ target.schema, info=True) }}
  {% endif %}
{% endmacro %}
