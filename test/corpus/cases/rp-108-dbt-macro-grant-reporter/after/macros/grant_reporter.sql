{% macro grant_reporter(schemas) %}
  {% for schema in schemas %}
    {% do log("granting usage on " ~ schema, info=True) %}
    {% do run_query("grant usage on schema " ~ schema ~ " to role reporter") %}
    {% do run_query("grant select on all tables in schema " ~ schema ~ " to role reporter") %}
  {% endfor %}
{% endmacro %}
