import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readChangeSet } from '../../../src/cli/git-change-set.js';
import { check } from '../../../src/engine/engine.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { createGitRepo } from '../../helpers/git-repo.js';
import { FakeGitHub, type FakePullSpec } from './fake-github.js';
import { blobSha } from './git-objects.js';
import { buildAction, pullRequestPayload, runAction } from './harness.js';

let action: { dir: string; cleanup: () => void };
let fake: FakeGitHub;
beforeAll(() => {
  action = buildAction();
});
afterAll(() => action.cleanup());
beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
});
afterEach(async () => {
  expect(fake.invalid).toEqual([]);
  await fake.stop();
});

const MAIN_TF = [
  'variable "replicas" {',
  '  default = 1',
  '}',
  'variable "workers" {',
  '  default = 2',
  '}',
  'resource "aws_db_instance" "replica" {',
  '  count      = var.replicas',
  '  identifier = "ledger-replica-${count.index}"',
  '}',
  'resource "aws_instance" "worker" {',
  '  count = var.workers',
  '}',
  '',
].join('\n');

/** A pull request that only edits `terraform.tfvars`; `main.tf` beside it is untouched. */
function tfvarsPull(before: string, after: string): FakePullSpec {
  return {
    number: 5,
    author: { login: 'dev' },
    base: { 'infra/prod/main.tf': MAIN_TF, 'infra/prod/terraform.tfvars': before, 'README.md': '# shop\n' },
    changes: { 'infra/prod/terraform.tfvars': after },
  };
}

/** The CLI's findings for the same change, read from a git repository. */
async function cliFindings(spec: FakePullSpec): Promise<string[]> {
  const head: Record<string, string | null> = { ...spec.changes };
  const repo = createGitRepo({ base: spec.base, head });
  try {
    const changeSet = await readChangeSet({ repo: repo.dir, base: repo.baseSha, head: repo.headSha });
    const decision = await check(changeSet, defaultPolicy());
    return decision.findings.map((f) => `${f.ruleId}:${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`);
  } finally {
    repo.cleanup();
  }
}

async function gate(number: number) {
  return runAction(action.dir, fake, { event: 'pull_request_target', payload: pullRequestPayload(fake, number) });
}

function findingsOf(run: { outputs: Record<string, string> }, withBlocking = false): string[] {
  const findings = JSON.parse(run.outputs['findings'] ?? '[]') as {
    ruleId: string;
    path: string;
    line: number;
    blocking: boolean;
  }[];
  return findings.map((f) => `${f.ruleId}:${f.path}:${f.line}${withBlocking && f.blocking ? ' blocking' : ''}`);
}

const lastStatus = (sha: string) => fake.statuses.filter((s) => s.sha === sha).at(-1);

describe('files the pull request does not touch, read by the Action as the CLI reads them', () => {
  it('holds a .tfvars-only change that zeroes the count of a stateful resource, as the CLI does', async () => {
    const spec = tfvarsPull('replicas = 2\nworkers = 2\n', 'replicas = 0\nworkers = 2\n');
    const pull = fake.addPull(spec);
    const run = await gate(5);
    expect(run.code, run.stderr).toBe(0);
    expect(findingsOf(run, true)).toEqual(['iac/terraform-instances-reduced:infra/prod/terraform.tfvars:1 blocking']);
    expect(findingsOf(run, true)).toEqual(await cliFindings(spec));
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    // main.tf came in the same batch as the changed file: no request of its own.
    expect(fake.requestsTo('POST', '/graphql')).toHaveLength(2);
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}')).toEqual([]);
  });

  it('lets fewer instances of a stateless resource through, as the CLI does', async () => {
    const spec = tfvarsPull('replicas = 2\nworkers = 4\n', 'replicas = 2\nworkers = 0\n');
    const pull = fake.addPull(spec);
    const run = await gate(5);
    expect(findingsOf(run)).toEqual([]);
    expect(await cliFindings(spec)).toEqual([]);
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'success' });
  });

  it('judges a column type change against the earlier migrations of the base, as the CLI does', async () => {
    const spec: FakePullSpec = {
      number: 6,
      author: { login: 'dev' },
      base: {
        'db/migrations/001_create.sql': 'CREATE TABLE items (id int, qty smallint);\n',
        'db/migrations/002_index.sql': 'CREATE INDEX items_qty ON items (qty);\n',
      },
      changes: { 'db/migrations/003_alter.sql': 'ALTER TABLE items ALTER COLUMN qty TYPE integer;\n' },
    };
    const pull = fake.addPull(spec);
    const run = await gate(6);
    // smallint to integer loses nothing: reported, not blocking (blind to 001, it would block).
    expect(findingsOf(run, true)).toEqual(['sql/lossy-type-change:db/migrations/003_alter.sql:1']);
    expect(findingsOf(run, true)).toEqual(await cliFindings(spec));
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'success' });
  });

  it('lists the folders the readers use on their own when GitHub cuts the listing of a huge tree', async () => {
    fake.treeTruncated = true;
    const spec = tfvarsPull('replicas = 2\nworkers = 2\n', 'replicas = 0\nworkers = 2\n');
    fake.addPull({ ...spec, changes: { ...spec.changes, 'db/migrate/1_drop.sql': 'DROP TABLE ledger;\n' } });
    const run = await gate(5);
    expect(findingsOf(run)).toEqual([
      'sql/drop-table:db/migrate/1_drop.sql:1',
      'iac/terraform-instances-reduced:infra/prod/terraform.tfvars:1',
    ]);
    // The policy; the folders (infra/prod, db/migrate, .github/workflows) in one query; the files.
    expect(fake.requestsTo('POST', '/graphql')).toHaveLength(3);
  });
});

const MIGRATION = 'db/migrations/20261121_drop_bookings.sql';

function migrationPull(sql: string, extra: Record<string, string> = {}): FakePullSpec {
  return {
    number: 8,
    author: { login: 'dev' },
    base: { 'db/migrations/20261101_bookings.sql': 'CREATE TABLE bookings (id bigint PRIMARY KEY);\n' },
    changes: { [MIGRATION]: sql, ...extra },
  };
}

describe('the batched reader falls back to single reads, and fails closed', () => {
  it('re-reads a blob GraphQL cuts short through the REST blob API, counted', async () => {
    fake.graphqlTruncateAt = 100;
    const sql = `-- ${'long comment '.repeat(10)}\nDROP TABLE bookings;\n`;
    const pull = fake.addPull(migrationPull(sql));
    const run = await runAction(action.dir, fake, {
      event: 'pull_request_target',
      payload: pullRequestPayload(fake, 8),
    });
    expect(findingsOf(run)).toEqual([`sql/drop-table:${MIGRATION}:2`]);
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}').map((r) => r.path)).toEqual([
      `/repos/acme/shop/git/blobs/${blobSha(sql)}`,
    ]);
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
  });

  it('re-reads a blob GraphQL calls binary, and one it refuses, through REST', async () => {
    const binary = 'GIF89a\0\0\u0001';
    fake.graphqlRefuses.add(blobSha('DROP TABLE bookings;\n'));
    fake.addPull(migrationPull('DROP TABLE bookings;\n', { 'assets/logo.gif': binary }));
    const run = await runAction(action.dir, fake, {
      event: 'pull_request_target',
      payload: pullRequestPayload(fake, 8),
    });
    expect(findingsOf(run)).toEqual([`sql/drop-table:${MIGRATION}:1`]);
    expect(run.summary).toMatch(/logo\\?\.gif: binary file, not checked/);
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}')).toHaveLength(2);
  });

  it('reads through REST when GraphQL keeps timing out', async () => {
    fake.failures.set('POST /graphql', 502);
    const pull = fake.addPull(migrationPull('DROP TABLE bookings;\n'));
    const run = await runAction(action.dir, fake, {
      event: 'pull_request_target',
      payload: pullRequestPayload(fake, 8),
    });
    expect(findingsOf(run)).toEqual([`sql/drop-table:${MIGRATION}:1`]);
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    // The changed file and the earlier migration the SQL rules replay, one by one.
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}')).toHaveLength(2);
  });

  it('fails closed with a one-line reason when GraphQL refuses the token', async () => {
    fake.failures.set('POST /graphql', 403);
    const pull = fake.addPull(migrationPull('DROP TABLE bookings;\n'));
    const run = await runAction(action.dir, fake, {
      event: 'pull_request_target',
      payload: pullRequestPayload(fake, 8),
    });
    expect(run.code).not.toBe(0);
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    expect(lastStatus(pull.headSha)!.description).toMatch(
      /^two-key could not check: reading \.github\/two-key\.yml at the base commit failed \(HTTP 403\)/,
    );
  });
  it('fails closed with the error GraphQL gives in a 200 answer, in one line', async () => {
    fake.graphqlForbidden = true;
    const pull = fake.addPull(migrationPull('DROP TABLE bookings;\n'));
    const run = await runAction(action.dir, fake, {
      event: 'pull_request_target',
      payload: pullRequestPayload(fake, 8),
    });
    expect(run.code).not.toBe(0);
    expect(lastStatus(pull.headSha)!.description).toMatch(
      /^two-key could not check: reading \.github\/two-key\.yml at the base commit failed: GitHub's GraphQL API answered FORBIDDEN/,
    );
    expect(run.summary).toMatch(/answered FORBIDDEN: Resource not accessible by integration$/m);
  });
});

describe('an edit of the title alone', () => {
  const edited = (changes: Record<string, unknown>) => {
    const payload = pullRequestPayload(fake, 8, 'edited');
    payload['changes'] = changes;
    return runAction(action.dir, fake, { event: 'pull_request_target', payload });
  };

  it('leaves the verdict on the head standing, reading nothing else', async () => {
    const pull = fake.addPull(migrationPull('DROP TABLE bookings;\n'));
    await gate(8);
    fake.requests.length = 0;
    const run = await edited({ title: { from: 'Old title' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/only the title of #8 changed/);
    expect(fake.requests.map((r) => `${r.method} ${r.template}`)).toEqual([
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      'GET /repos/{owner}/{repo}/commits/{ref}/status',
    ]);
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
  });

  it('checks in full when no verdict is on the head yet (a cancelled run), or when the body changed', async () => {
    const pull = fake.addPull(migrationPull('DROP TABLE bookings;\n'));
    await edited({ title: { from: 'Old title' } });
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    fake.requests.length = 0;
    await edited({ body: { from: 'Old body' } });
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/commits/{ref}/status')).toEqual([]);
    expect(fake.requestsTo('POST', '/repos/{owner}/{repo}/statuses/{sha}')).toHaveLength(1);
  });
});
