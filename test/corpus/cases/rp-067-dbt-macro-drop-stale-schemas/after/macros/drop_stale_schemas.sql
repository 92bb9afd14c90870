{% macro drop_stale_schemas(prefix='analytics') %}
  {% set query %}
    select schema_name from information_schema.schemata
    where schema_name like '{{ prefix }}%'
  {% endset %}
  {% set schemas = run_query(query).columns[0].values() %}
  {% for schema in schemas %}
    {% do log("dropping " ~ schema, info=True) %}
    {% do run_query("drop schema if exists " ~ schema ~ " cascade") %}
  {% endfor %}
{% endmacro %}
