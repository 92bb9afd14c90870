{% macro drop_renamed(old_name) %}
  {% set relation = api.Relation.create(database=target.database, schema=target.schema, identifier=old_name) %}
  {% do run_query("drop table if exists " ~ relation ~ " cascade") %}
  {{ log("dropped " ~ relation, info=True) }}
{% endmacro %}
