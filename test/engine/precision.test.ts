import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/engine.js';
import type { BaseTree, ChangedFile } from '../../src/core/types.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { render } from '../../src/report/json.js';
import { addedFile, changedFile, changeSetOf } from '../helpers/change-set.js';

async function decide(files: ChangedFile[], baseTree?: BaseTree) {
  return check(changeSetOf(files, baseTree ? { baseTree } : {}), defaultPolicy());
}

function tree(files: Record<string, string>): BaseTree {
  return {
    list: (folder) => Object.keys(files).filter((p) => folder === '' || p.startsWith(folder.replace(/\/$/, '') + '/')),
    read: (path) => files[path],
  };
}

const CLOSED = 'on:\n  pull_request:\n    types: [closed]\njobs:\n  down:\n    runs-on: ubuntu-latest\n    steps:\n';

describe('preview, local and test targets', () => {
  it('lets a preview named from the pull request number through, with the reason', async () => {
    const d = await decide([
      addedFile(
        '.github/workflows/down.yml',
        CLOSED + '      - run: flyctl apps destroy pr-${{ github.event.number }} --yes\n',
      ),
    ]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'shell/paas-destroy')!;
    expect(f.line).toBe(8);
    expect(f.blocking).toBe(false);
    expect(f.downgradedBecause).toBe('preview environment named from the pull request number or branch: not blocking');
  });

  it('still blocks the same teardown of a fixed name', async () => {
    const d = await decide([
      addedFile('.github/workflows/down.yml', CLOSED + '      - run: flyctl apps destroy acme-api --yes\n'),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'shell/paas-destroy')?.line).toBe(8);
  });

  it('follows a variable set from $PR_NUMBER in the script', async () => {
    const d = await decide([
      addedFile('scripts/down.sh', '#!/bin/sh\nAPP="acme-pr-${PR_NUMBER:?}"\nflyctl apps destroy "$APP" --yes\n'),
    ]);
    expect(d.findings.find((x) => x.line === 3)?.downgradedBecause).toMatch(
      /^preview environment named from \$PR_NUMBER/,
    );
  });

  it('reads a job whose database is its own service container as local', async () => {
    const text =
      'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    services:\n      pg:\n        image: postgres:16\n    env:\n      DATABASE_URL: postgres://p:p@pg:5432/app\n    steps:\n      - run: npx prisma migrate reset --force\n';
    const d = await decide([addedFile('.github/workflows/ci.yml', text)]);
    expect(d.verdict).toBe('allow');
    expect(d.findings.find((x) => x.line === 11)?.downgradedBecause).toBe(
      "database on the job's service container (DATABASE_URL): not blocking",
    );
  });

  it('does not trust a test setting when the command names a remote database', async () => {
    const d = await decide([
      addedFile(
        'scripts/x.sh',
        "#!/bin/sh\nRAILS_ENV=test psql postgres://app@db.acme.io/app -c 'DROP TABLE sessions'\n",
      ),
    ]);
    expect(d.verdict).toBe('block');
  });

  it('reads a compose file for a developer machine as local, and the default one as unknown', async () => {
    const local = await decide([addedFile('Makefile', 'reset:\n\tdocker compose -f docker-compose.dev.yml down -v\n')]);
    expect(local.verdict).toBe('allow');
    expect(local.findings[0]?.downgradedBecause).toBe('local compose stack (docker-compose.dev.yml): not blocking');
    const unknown = await decide([addedFile('Makefile', 'reset:\n\tdocker compose down -v\n')]);
    expect(unknown.verdict).toBe('block');
    expect(unknown.findings[0]?.line).toBe(2);
  });

  it('keeps production paired with destruction even where a preview name appears', async () => {
    const d = await decide([
      addedFile('scripts/x.sh', '#!/bin/sh\nRAILS_ENV=production bin/rails db:drop TAG=pr-$PR_NUMBER\n'),
    ]);
    expect(d.verdict).toBe('block');
  });
});

describe('production with effect', () => {
  const base =
    'on: workflow_dispatch\njobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: terraform fmt -check\n';
  it('warns on a plan newly pointed at production, with the reason', async () => {
    const d = await decide([
      changedFile(
        '.github/workflows/ops.yml',
        base,
        base + '      - run: terraform -chdir=infra/prod plan -input=false\n',
      ),
    ]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'env/new-production-target')!;
    expect(f.line).toBe(7);
    expect(f.downgradedBecause).toBe('read-only work against production (terraform plan only reads)');
  });

  it('blocks an apply newly pointed at production', async () => {
    const d = await decide([
      changedFile(
        '.github/workflows/ops.yml',
        base,
        base + '      - run: terraform -chdir=infra/prod apply -auto-approve\n',
      ),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'env/new-production-target')?.line).toBe(7);
  });

  it('does not take EXPLAIN ANALYZE of a DELETE or --dry-run=none for read-only', async () => {
    for (const line of [
      "psql -h db.prod.acme.internal app -c 'EXPLAIN ANALYZE DELETE FROM sessions'",
      'kubectl --context prod-eu apply --dry-run=none -f k8s/',
    ]) {
      const d = await decide([addedFile('scripts/x.sh', `#!/bin/sh\n${line}\n`)]);
      expect(d.verdict, line).toBe('block');
    }
  });
});

describe('defined is not run', () => {
  const fn =
    "CREATE FUNCTION purge(t text) RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  EXECUTE format('DROP TABLE %I', t);\nEND;\n$$;\n";
  it('notes what a routine the change only defines would do', async () => {
    const d = await decide([addedFile('db/migrations/001_fn.sql', fn)]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'sql/dynamic-sql')!;
    expect(f.line).toBe(3);
    expect(f.downgradedBecause).toBe('in the body of purge(), which this change defines but does not run');
  });

  it('blocks when the change runs it, by a call or a scheduled job', async () => {
    for (const run of [
      "SELECT purge('old');\n",
      "SELECT cron.schedule('p', '0 3 * * *', $c$SELECT purge('x')$c$);\n",
    ]) {
      const d = await decide([addedFile('db/migrations/001_fn.sql', fn + run)]);
      expect(d.verdict, run).toBe('block');
    }
  });

  it('counts a trigger function as run', async () => {
    const trig =
      'CREATE OR REPLACE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  DELETE FROM carts;\n  RETURN NEW;\nEND;\n$$;\n';
    const d = await decide([addedFile('db/migrations/001_fn.sql', trig)]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.blocking)?.line).toBe(3);
  });
});

describe('published sample keys', () => {
  it('reports the AWS documentation pair as non-blocking', async () => {
    const d = await decide([
      addedFile(
        '.env.example',
        'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
      ),
    ]);
    expect(d.verdict).toBe('allow');
    expect(
      d.findings.every((f) => f.downgradedBecause?.startsWith('the sample key published in the AWS documentation')),
    ).toBe(true);
  });

  it('still blocks a real-shaped key that contains EXAMPLE', async () => {
    const d = await decide([addedFile('config/aws.yml', 'access_key_id: AKIAIOSFODNN8EXAMPLE\n')]);
    expect(d.verdict).toBe('block');
    expect(d.findings[0]?.line).toBe(1);
  });

  it('finds a credential in a field named token', async () => {
    const d = await decide([
      addedFile('tools/c.ts', "export const c = {\n  token: '5e8fa4c2-0d3b-4f7e-9a1c-fa4e00c0ffee',\n};\n"),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((f) => f.kind === 'secret')?.line).toBe(2);
  });
});

describe("the column's current type and rebuilds, from the base tree", () => {
  const history = {
    'db/migrations/001_create.sql':
      'CREATE TABLE items (id bigserial PRIMARY KEY, qty smallint, price numeric(10,2));\n',
  };
  it('lets a widening through as a note', async () => {
    const d = await decide(
      [addedFile('db/migrations/002_alter.sql', 'ALTER TABLE items ALTER COLUMN qty TYPE integer;\n')],
      tree(history),
    );
    expect(d.verdict).toBe('allow');
    expect(d.findings[0]?.downgradedBecause).toBe(
      'widening: items.qty is smallint now (read from the migrations before this one), and integer holds every value it holds',
    );
  });

  it('blocks narrowing, a family change, and the same cast without the history', async () => {
    for (const [sql, t] of [
      ['ALTER TABLE items ALTER COLUMN price TYPE integer;\n', tree(history)],
      ['ALTER TABLE items ALTER COLUMN price TYPE numeric(10,0);\n', tree(history)],
      ['ALTER TABLE items ALTER COLUMN qty TYPE integer;\n', undefined],
    ] as const) {
      const d = await decide([addedFile('db/migrations/002_alter.sql', sql)], t);
      expect(d.verdict, sql).toBe('block');
      expect(d.findings[0]?.line).toBe(1);
    }
  });

  it('reads a rebuild with every column copied as keeping the rows', async () => {
    const sql =
      'CREATE TABLE new_items (id bigserial, qty smallint, price numeric(10,2));\nINSERT INTO new_items (id, qty, price) SELECT id, qty, price FROM items;\nDROP TABLE items;\nALTER TABLE new_items RENAME TO items;\n';
    const kept = await decide([addedFile('db/migrations/002_rebuild.sql', sql)], tree(history));
    expect(kept.verdict).toBe('allow');
    expect(kept.findings.find((f) => f.ruleId === 'sql/drop-table')?.downgradedBecause).toBe(
      'table rebuilt: every row and column of items was copied into new_items first (line 2)',
    );
    const lost = await decide(
      [addedFile('db/migrations/002_rebuild.sql', sql.replaceAll(', price', ''))],
      tree(history),
    );
    expect(lost.verdict).toBe('block');
    expect(lost.findings.find((f) => f.ruleId === 'sql/drop-table')?.line).toBe(3);
  });
});

describe('the JSON contract', () => {
  it('carries downgradedBecause only on downgraded findings', async () => {
    const d = await decide([addedFile('Makefile', 'reset:\n\tdocker compose -f compose.test.yaml down -v\n')]);
    const json = JSON.parse(render(d)) as { findings: Record<string, unknown>[] };
    expect(json.findings[0]).toMatchObject({
      blocking: false,
      downgradedBecause: 'local compose stack (compose.test.yaml): not blocking',
    });
    const plain = await decide([addedFile('Makefile', 'reset:\n\tdocker compose down -v\n')]);
    expect(Object.keys((JSON.parse(render(plain)) as { findings: object[] }).findings[0]!)).not.toContain(
      'downgradedBecause',
    );
  });
});
