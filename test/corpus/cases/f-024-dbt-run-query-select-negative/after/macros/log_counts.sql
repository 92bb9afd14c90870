{% macro log_counts(relation) %}
  {% set result = run_query("select count(*) from " ~ relation) %}
  {% if execute %}
    {{ log(relation ~ ": " ~ result.columns[0].values()[0], info=True) }}
  {% endif %}
{% endmacro %}
