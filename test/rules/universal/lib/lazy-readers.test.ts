import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

// Its own file, so the process has loaded no reader before: a dbt macro whose only SQL is built
// inside Jinja tags is the first (and only) thing the universal layer judges.
describe('the universal readers, loaded on first use', () => {
  it('are loaded for SQL that dbt builds in Jinja tags, even when no other snippet needs them', async () => {
    const macro = [
      "{% macro drop_stale_schemas(prefix='analytics') %}",
      '  {% set query %}',
      '    select schema_name from information_schema.schemata',
      "    where schema_name like '{{ prefix }}%'",
      '  {% endset %}',
      '  {% set schemas = run_query(query).columns[0].values() %}',
      '  {% for schema in schemas %}',
      '    {% do log("dropping " ~ schema, info=True) %}',
      '    {% do run_query("drop schema if exists " ~ schema ~ " cascade") %}',
      '  {% endfor %}',
      '{% endmacro %}',
      '',
    ].join('\n');
    const d = await check(changeSetOf([addedFile('macros/drop_stale_schemas.sql', macro)]), defaultPolicy());
    expect(d.findings.map((f) => `${f.ruleId}@${f.line}${f.blocking ? ' blocking' : ''}`)).toEqual([
      'universal/unrecognised-sql@9 blocking',
    ]);
  });
});
