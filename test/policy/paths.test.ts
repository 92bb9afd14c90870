import { describe, expect, it } from 'vitest';
import { Minimatch } from 'minimatch';
import { defaultPolicy, strictPolicy } from '../../src/policy/defaults.js';
import { loadPolicy } from '../../src/policy/load.js';
import {
  approvalRuleFor,
  isIncluded,
  isNonBlocking,
  isRollbackPath,
  matchesAny,
  matchesFamily,
  sqlDialectFor,
} from '../../src/policy/paths.js';
import { isProduction } from '../../src/policy/production.js';

const policy = defaultPolicy();

describe('path helpers with the default policy', () => {
  it('includes everything but vendored code', () => {
    expect(isIncluded(policy, 'db/migrate/001.sql')).toBe(true);
    expect(isIncluded(policy, '.github/workflows/deploy.yml')).toBe(true);
    expect(isIncluded(policy, 'vendor/github.com/aws/aws-sdk-go/rds.go')).toBe(false);
    expect(isIncluded(policy, 'web/node_modules/pg/index.js')).toBe(false);
  });

  it('marks tests, fixtures and docs non-blocking', () => {
    for (const path of [
      'test/drop.sql',
      'pkg/db/testdata/drop.sql',
      'src/__tests__/x.ts',
      'src/db.test.ts',
      'db/store_test.go',
      'docs/runbook.sh',
      'README.md',
      'spec/models/user_spec.rb',
      'src/orders/orders.service.spec.ts',
      'app/models/order_spec.rb',
      'app/test_orders.py',
      'conftest.py',
      'e2e/global-setup.ts',
      'cypress/support/e2e.ts',
      'web/playwright/fixtures.ts',
      'jest.setup.ts',
      'vitest.global-setup.mjs',
      'src/integrationTest/kotlin/com/acme/OrderRepositoryIT.kt',
      'service/src/functionalTest/java/com/acme/CleanupTest.java',
      'src/testFixtures/java/com/acme/Tables.java',
      'src/__mocks__/db.ts',
      'web/src/mocks/handlers.ts',
      'internal/sqlfmt/golden/drop_table.golden.sql',
      'src/components/__snapshots__/Table.test.tsx.snap',
    ]) {
      expect(isNonBlocking(policy, path), path).toBe(true);
    }
    for (const path of [
      'db/migrate/001.sql',
      'src/contest/drop.sql',
      'src/latest.ts',
      'src/inspect.ts',
      'app/testing_tools.py',
      'db/seeds.rb',
      'scripts/e2e-deploy.sh',
      'jest.config.js',
      'src/main/kotlin/com/acme/OrderCleanup.kt',
      'src/integrationTests.ts',
      'internal/mocking/reset.go',
      'db/golden_records.sql',
    ]) {
      expect(isNonBlocking(policy, path), path).toBe(false);
    }
  });

  it('recognises rollback-only files', () => {
    for (const path of [
      'migrations/000001_init.down.sql',
      'migrations/2024-01-01-000000_create_users/down.sql',
      'db/U2__drop_users.sql',
      'sqitch/revert/users.sql',
    ]) {
      expect(isRollbackPath(policy, path), path).toBe(true);
    }
    for (const path of ['migrations/000001_init.up.sql', 'db/V2__drop_users.sql', 'db/Users__x.sql']) {
      expect(isRollbackPath(policy, path), path).toBe(false);
    }
  });

  it('recognises SQL by path, ignoring case', () => {
    expect(matchesFamily(policy, 'sql', 'db/V1__init.sql')).toBe(true);
    expect(matchesFamily(policy, 'sql', 'db/V1__Init.SQL')).toBe(true);
    expect(matchesFamily(policy, 'sql', 'schema.ddl')).toBe(true);
    expect(matchesFamily(policy, 'sql', 'src/db.ts')).toBe(false);
  });

  it('has no pinned dialect', () => {
    expect(sqlDialectFor(policy, 'db/x.sql')).toBeUndefined();
  });

  it('knows the conventional production names, ignoring case', () => {
    expect(isProduction(policy, 'environments', 'Production')).toBe(true);
    expect(isProduction(policy, 'workspaces', 'prod')).toBe(true);
    expect(isProduction(policy, 'environments', 'preprod')).toBe(false);
    expect(isProduction(policy, 'hosts', 'db.example.com')).toBe(false);
  });
});

describe('path helpers with a repository policy', () => {
  const custom = loadPolicy(
    [
      'families:',
      '  sql:',
      '    dialects:',
      '      "warehouse/**": bigquery',
      '      "warehouse/legacy/**": mysql',
      'production:',
      '  hosts: ["*.prod.internal"]',
      'agents:',
      '  extraApprovals: 1',
      'approvals:',
      '  default: { count: 1 }',
      '  rules:',
      '    - match: { kinds: [destructive], rules: ["sql/*"], paths: ["db/**"] }',
      '      count: 2',
      '      from: ["@acme/dba"]',
      '    - match: { kinds: [secret] }',
      '      count: 1',
      '      from: [security-lead]',
    ].join('\n'),
    '.github/two-key.yml',
  );

  it('pins dialects, the last matching glob winning', () => {
    expect(sqlDialectFor(custom, 'warehouse/events.sql')).toBe('bigquery');
    expect(sqlDialectFor(custom, 'warehouse/legacy/orders.sql')).toBe('mysql');
    expect(sqlDialectFor(custom, 'db/x.sql')).toBeUndefined();
  });

  it('matches production host globs', () => {
    expect(isProduction(custom, 'hosts', 'pg-1.prod.internal')).toBe(true);
    expect(isProduction(custom, 'hosts', 'pg-1.staging.internal')).toBe(false);
  });

  it('picks the first approval rule whose every key matches', () => {
    const dba = { count: 2, from: ['@acme/dba'] };
    expect(approvalRuleFor(custom, { kind: 'destructive', ruleId: 'sql/drop-table', path: 'db/m/1.sql' })).toEqual(dba);
    expect(approvalRuleFor(custom, { kind: 'destructive', ruleId: 'sql/drop-table', path: 'other/1.sql' })).toEqual({
      count: 1,
      from: [],
    });
    expect(approvalRuleFor(custom, { kind: 'production', ruleId: 'sql/drop-table', path: 'db/1.sql' })).toEqual({
      count: 1,
      from: [],
    });
    expect(approvalRuleFor(custom, { kind: 'secret', ruleId: 'secret/aws-key', path: 'db/1.sql' })).toEqual({
      count: 1,
      from: ['@security-lead'],
    });
  });

  it('adds the agent surcharge when the change is agent-authored', () => {
    const query = { kind: 'destructive', ruleId: 'sql/drop-table', path: 'db/m/1.sql', agentAuthored: true } as const;
    expect(approvalRuleFor(custom, query)).toEqual({ count: 3, from: ['@acme/dba'] });
  });
});

describe('matchesAny over a whole list', () => {
  const lists = (p: ReturnType<typeof defaultPolicy>): string[][] => [
    p.paths.include,
    p.paths.exclude,
    p.paths.nonBlocking,
    p.paths.rollback,
    ...Object.values(p.families).map((f) => (f as { paths: string[] }).paths),
  ];
  const globs = [...lists(defaultPolicy()), ...lists(strictPolicy())];
  globs.push(['**/foo/**', 'docs/**', '**/*.test.*', '**/[Tt]ests/**', '**/{spec,test}/**', '!**/keep/**']);
  const paths = [
    'foo/x.sql',
    'a/foo/b/c.sh',
    'docs/README.md',
    'src/app.test.ts',
    'Tests/unit/x.py',
    'test/a.rb',
    'spec/b.rb',
    'db/migrate/20260101_drop.rb',
    'db/migrations/V1__Init.SQL',
    'MIGRATIONS/0001_INIT.SQL',
    'infra/prod/main.tf',
    '.github/workflows/deploy.yml',
    'vendor/github.com/aws/rds.go',
    'node_modules/x/index.js',
    'a/keep/b',
    'scripts/down/rollback.sql',
    'db/migrations/0002.down.sql',
    '__tests__/x.js',
    'ﬁxtures/a.sql',
  ];

  it('agrees with minimatch pattern by pattern, in both cases', () => {
    for (const list of globs) {
      for (const path of paths) {
        for (const nocase of [false, true]) {
          const expected = list.some((p) => new Minimatch(p, { dot: true, nocase }).match(path));
          expect([list, path, nocase, matchesAny(list, path, nocase)]).toEqual([list, path, nocase, expected]);
        }
      }
    }
  });
});
