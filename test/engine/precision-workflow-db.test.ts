import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/engine.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../helpers/change-set.js';

async function decide(path: string, text: string) {
  const d = await check(changeSetOf([addedFile(path, text)]), defaultPolicy());
  return {
    verdict: d.verdict,
    findings: d.findings.map((f) => [f.line, f.ruleId, f.blocking, f.downgradedBecause ?? ''] as const),
  };
}

const JOB = ['name: ops', 'on:', '  workflow_dispatch:', 'jobs:', '  ops:', '    runs-on: ubuntu-latest', '    steps:'];

describe('a database command in a workflow on a GitHub-hosted runner', () => {
  it('is local only when it names no host: a URL from a secret or a named host outlives the job', async () => {
    const d = await decide(
      '.github/workflows/ops.yml',
      [
        ...JOB,
        '      - run: psql -c "TRUNCATE audit_log"',
        '      - run: psql "$DATABASE_URL" -c "TRUNCATE audit_log"',
        '      - run: psql -h db.internal.acme.io -U app app -c "DROP TABLE audit_log"',
        '',
      ].join('\n'),
    );
    expect(d.verdict).toBe('block');
    expect(d.findings).toEqual([
      [9, 'sql/truncate', true, ''],
      [10, 'sql/drop-table', true, ''],
    ]);
  });
});

describe('read-only work against production in a workflow step', () => {
  const step = (run: string) =>
    [
      ...JOB,
      '      - name: prod',
      '        env:',
      '          PROD_DATABASE_URL: ${{ secrets.PROD_DATABASE_URL }}',
      `        run: ${run}`,
      '',
    ].join('\n');

  it('a dump of production is read-only, and so is the step env that points it there', async () => {
    const d = await decide('.github/workflows/ops.yml', step('pg_dump --schema-only "$PROD_DATABASE_URL" > prod.sql'));
    expect(d.verdict).toBe('allow');
    const blocking = d.findings.filter(([, , b]) => b);
    expect(blocking).toEqual([]);
    expect(d.findings.filter(([line]) => line === 10)[0]?.[3]).toBe(
      'read-only work against production (pg_dump only reads the database)',
    );
  });

  it('the same step env with a command that writes still blocks, at the env line and the command', async () => {
    const d = await decide('.github/workflows/ops.yml', step('psql "$PROD_DATABASE_URL" -c "TRUNCATE audit_log"'));
    expect(d.verdict).toBe('block');
    expect(d.findings.filter(([, , b]) => b).map(([line, rule]) => [line, rule])).toEqual([
      [10, 'env/production-target'],
      [11, 'env/production-target'],
      [11, 'sql/truncate'],
    ]);
  });
});
