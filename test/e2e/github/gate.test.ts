import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, type FakePullSpec } from './fake-github.js';
import { buildAction, examplePayload, pullRequestPayload, runAction, type RunOptions } from './harness.js';

let action: { dir: string; cleanup: () => void };
let fake: FakeGitHub;

beforeAll(() => {
  action = buildAction();
});
afterAll(() => action.cleanup());

beforeEach(async () => {
  fake = new FakeGitHub();
  fake.permissions['alice'] = 'write';
  fake.permissions['bob'] = 'maintain';
  fake.permissions['reader'] = 'read';
  await fake.start();
});
afterEach(async () => {
  // Every response the fake served must be one GitHub could have served.
  expect(fake.invalid).toEqual([]);
  await fake.stop();
});

const MIGRATION = 'db/migrations/20261121_drop_bookings.sql';
const DBA_POLICY =
  "approvals:\n  rules:\n    - match: { kinds: [destructive] }\n      count: 1\n      from: ['@alice', '@acme/dba']\n";

function agentPull(extra: Partial<FakePullSpec> = {}): FakePullSpec {
  return {
    number: 7,
    author: { login: 'copilot-swe-agent[bot]', type: 'Bot' },
    headRef: 'copilot/tidy-bookings',
    body: 'Removes the unused bookings table.',
    base: {
      'db/migrations/20261101_bookings.sql': 'CREATE TABLE bookings (id bigint PRIMARY KEY);\n',
      'README.md': '# shop\n',
    },
    changes: { [MIGRATION]: '-- tidy\nDROP TABLE bookings;\n' },
    commits: [
      {
        message: 'Drop bookings\n\nCo-authored-by: carol <carol@example.com>',
        authorName: 'Copilot',
        authorEmail: '198982749+Copilot@users.noreply.github.com',
        authorLogin: 'Copilot',
      },
    ],
    ...extra,
  };
}

async function gate(number = 7, options: Partial<RunOptions> = {}) {
  return runAction(action.dir, fake, {
    event: 'pull_request_target',
    payload: pullRequestPayload(fake, number),
    ...options,
  });
}

function lastStatus(sha: string) {
  return fake.statuses.filter((s) => s.sha === sha).at(-1);
}

describe('the gate on a pull request', () => {
  it('holds an agent pull request with a destructive migration: status, comment, reviewers, annotations, summary', async () => {
    const pull = fake.addPull(agentPull());
    const run = await gate();
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const status = lastStatus(pull.headSha);
    expect(status).toMatchObject({ state: 'failure', context: 'two-key' });
    expect(status!.description).toMatch(/needs approval/);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.login).toBe('github-actions[bot]');
    expect(fake.comments[0]!.body).toContain('DROP TABLE bookings');
    expect(run.stdout).toMatch(new RegExp(`::error .*file=${MIGRATION},line=2`));
    expect(run.summary).toContain('bookings');
    expect(run.outputs['verdict']).toBe('block');
    expect(JSON.parse(run.outputs['findings']!)[0]).toMatchObject({ ruleId: 'sql/drop-table', line: 2 });
    expect(JSON.parse(run.outputs['agent']!).detected).toBe(true);
  });

  it('requests the reviewers the policy names, once', async () => {
    const pull = fake.addPull(agentPull({ base: { ...agentPull().base, '.github/two-key.yml': DBA_POLICY } }));
    fake.teams['acme/dba'] = ['dana'];
    await gate();
    expect(fake.reviewRequests).toEqual([{ number: 7, reviewers: ['alice'], team_reviewers: ['dba'] }]);
    expect(lastStatus(pull.headSha)!.description).toMatch(/@acme\/dba|@alice/);
    await gate();
    // alice is now requested; the team request is repeated only while GitHub does not list it.
    expect(fake.reviewRequests.flatMap((r) => r.reviewers)).toEqual(['alice']);
  });

  it('passes once an eligible reviewer approves the head, and updates the comment', async () => {
    const pull = fake.addPull(agentPull());
    await gate();
    expect(lastStatus(pull.headSha)!.state).toBe('failure');
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    const run = await gate();
    expect(run.code, run.stderr).toBe(0);
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'success' });
    expect(lastStatus(pull.headSha)!.description).toMatch(/approved by @alice/);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toMatch(/approved/i);
    expect(fake.comments[0]!.body).toMatch(/@\u200d?alice/);
  });

  const ineligible: [string, () => void][] = [
    [
      'an approval of an older commit',
      () => {
        fake.review(7, { login: 'alice', state: 'APPROVED' });
        fake.push(7, { 'docs/notes.txt': 'later push\n' });
      },
    ],
    [
      'an approval by the author',
      () => {
        fake.permissions['copilot-swe-agent[bot]'] = 'write';
        fake.review(7, { login: 'copilot-swe-agent[bot]', type: 'Bot', state: 'APPROVED' });
      },
    ],
    [
      'an approval by a bot',
      () => {
        fake.permissions['renovate[bot]'] = 'write';
        fake.review(7, { login: 'renovate[bot]', type: 'Bot', state: 'APPROVED' });
      },
    ],
    [
      'an approval by a known agent account',
      () => {
        fake.permissions['copilot'] = 'write';
        fake.review(7, { login: 'Copilot', state: 'APPROVED' });
      },
    ],
    [
      'an approval by a co-author',
      () => {
        fake.permissions['carol'] = 'write';
        fake.pulls.get(7)!.commits.push({
          sha: 'c'.repeat(40),
          message: 'More',
          authorName: 'Carol',
          authorEmail: 'carol@example.com',
          authorLogin: 'carol',
        });
        fake.review(7, { login: 'carol', state: 'APPROVED' });
      },
    ],
    ['an approval by a read-only user', () => fake.review(7, { login: 'reader', state: 'APPROVED' })],
  ];
  for (const [name, arrange] of ineligible) {
    it(`still fails with ${name}`, async () => {
      fake.addPull(agentPull());
      arrange();
      const run = await gate();
      expect(run.code, run.stderr).toBe(0);
      const head = fake.pulls.get(7)!.headSha;
      expect(lastStatus(head)).toMatchObject({ state: 'failure' });
    });
  }

  it('fails on changes requested by an eligible reviewer, and a later comment review does not lift it', async () => {
    const pull = fake.addPull(agentPull());
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    fake.review(7, { login: 'bob', state: 'CHANGES_REQUESTED' });
    fake.review(7, { login: 'bob', state: 'COMMENTED' });
    await gate();
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    expect(lastStatus(pull.headSha)!.description).toMatch(/changes requested by @bob/);
  });

  it('applies the base policy when the pull request relaxes .github/two-key.yml', async () => {
    const pull = fake.addPull(
      agentPull({ changes: { ...agentPull().changes, '.github/two-key.yml': 'rules:\n  sql/drop-table: off\n' } }),
    );
    await gate();
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    // Every read of the policy names the base commit: `<base sha>:.github/two-key.yml`.
    const policyReads = fake
      .requestsTo('POST', '/graphql')
      .flatMap((r) => Object.values((r.body as { variables: Record<string, string> }).variables))
      .filter((v) => v.endsWith(':.github/two-key.yml'));
    expect(policyReads.length).toBeGreaterThan(0);
    for (const read of policyReads) expect(read).toBe(`${pull.baseSha}:.github/two-key.yml`);
  });

  it('fails closed with the reason when the reviews endpoint keeps answering 500', async () => {
    const pull = fake.addPull(agentPull());
    fake.failures.set('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', 500);
    const run = await gate();
    expect(run.code).not.toBe(0);
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews').length).toBeGreaterThan(1);
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    expect(lastStatus(pull.headSha)!.description).toMatch(/could not check: reading the reviews failed \(HTTP 500\)/);
  });

  it('fails closed when the pull request changes more than 3000 files', async () => {
    const pull = fake.addPull(agentPull({ changedFilesOverride: 3500 }));
    const run = await gate();
    expect(run.code).not.toBe(0);
    expect(lastStatus(pull.headSha)!.description).toMatch(/3500 files/);
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files')).toEqual([]);
  });

  it('reads a file whose patch GitHub omitted by diffing its contents', async () => {
    const pull = fake.addPull(agentPull({ omitPatch: [MIGRATION] }));
    const run = await gate();
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    expect(JSON.parse(run.outputs['findings']!)[0]).toMatchObject({ path: MIGRATION, line: 2 });
  });

  it('writes nothing for a head that moved during the run', async () => {
    const pull = fake.addPull(agentPull());
    const oldHead = pull.headSha;
    let reads = 0;
    fake.beforeServe = (request) => {
      if (
        request.method === 'GET' &&
        request.template === '/repos/{owner}/{repo}/pulls/{pull_number}' &&
        ++reads === 2
      ) {
        fake.push(7, { 'docs/notes.txt': 'pushed meanwhile\n' });
      }
    };
    const run = await gate();
    expect(run.code, run.stderr).toBe(0);
    expect(fake.statuses.filter((s) => s.sha === oldHead)).toEqual([]);
    expect(fake.writes()).toEqual([]);
  });

  it('reports a fork pull_request run in the summary and annotations and attempts no write', async () => {
    fake.addPull(agentPull({ headRepository: 'mallory/shop' }));
    const payload = pullRequestPayload(fake, 7);
    const run = await runAction(action.dir, fake, { event: 'pull_request', payload });
    expect(run.code, run.stderr).toBe(0);
    expect(fake.writes()).toEqual([]);
    expect(run.summary).toContain('bookings');
    expect(run.stdout).toMatch(/::error /);
  });

  it('passes a clean pull request without a comment', async () => {
    const pull = fake.addPull(agentPull({ changes: { 'README.md': '# shop\n\nNow with docs.\n' } }));
    await gate();
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'success' });
    expect(fake.comments).toEqual([]);
    expect(fake.reviewRequests).toEqual([]);
  });

  it('rewrites its comment to "no longer needed" when the destructive change is gone', async () => {
    const pull = fake.addPull(agentPull());
    await gate();
    fake.push(7, { [MIGRATION]: 'CREATE INDEX bookings_id ON bookings (id);\n' });
    await gate();
    expect(lastStatus(fake.pulls.get(7)!.headSha)).toMatchObject({ state: 'success' });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toMatch(/no longer needed/i);
    void pull;
  });

  it('ignores a look-alike comment written by someone else', async () => {
    fake.addPull(agentPull());
    fake.comments.push({ id: 1, issue: 7, login: 'mallory', body: '<!-- two-key:sticky-comment -->\napproved' });
    await gate();
    expect(fake.comments.filter((c) => c.login === 'github-actions[bot]')).toHaveLength(1);
    expect(fake.comments.find((c) => c.login === 'mallory')!.body).toContain('approved');
  });

  it('also writes a check run with annotations when given an App token', async () => {
    const pull = fake.addPull(agentPull());
    await gate(7, { inputs: { 'app-token': 'ghs_apptoken' } });
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ head_sha: pull.headSha, conclusion: 'failure' });
    expect(fake.checkRuns[0]!.annotations).toHaveLength(1);
    const checkRequest = fake.requestsTo('POST', '/repos/{owner}/{repo}/check-runs')[0]!;
    expect(checkRequest.auth).toMatch(/ghs_apptoken/);
  });
});

describe('a pull request with a committed secret', () => {
  const TOKEN = 'sk_live_51FAKEQ8DEoFogNCAI3Ao3pxTnHyf6t5YdIngBaVbVJBMQKnY8qS0BFn7BwpkZ01';

  it('never sends or prints the secret: status, check run, comment, annotations, summary, outputs, logs', async () => {
    fake.addPull(
      agentPull({
        changes: {
          ...agentPull().changes,
          'src/billing.ts': `export const key = process.env.STRIPE_KEY ?? '${TOKEN}';\n`,
        },
      }),
    );
    const run = await gate(7, { inputs: { 'app-token': 'ghs_apptoken' } });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.outputs['findings']!).map((f: { ruleId: string }) => f.ruleId)).toContain(
      'secret/committed-token',
    );
    const everything = [
      JSON.stringify(fake.writes().map((r) => r.body)),
      run.stdout,
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
    ];
    for (const text of everything) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('FAKEQ8DEoFog');
    }
    expect(fake.comments[0]!.body).toMatch(/secret/i);
  });
});

describe('a Terraform plan made earlier in the job', () => {
  it('is checked with the pull request, and a file that is not a plan fails the run closed', async () => {
    const pull = fake.addPull(agentPull({ changes: { 'README.md': '# shop, now on Terraform\n' } }));
    const dir = mkdtempSync(join(tmpdir(), 'two-key-plan-'));
    try {
      const plan = join(dir, 'plan.json');
      writeFileSync(
        plan,
        '{"format_version":"1.2","resource_changes":[\n{"address":"aws_db_instance.main","mode":"managed","type":"aws_db_instance","change":{"actions":["delete","create"]}}\n]}\n',
      );
      const run = await gate(7, { inputs: { 'terraform-plan': plan } });
      expect(run.code, run.stderr).toBe(0);
      expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
      expect(JSON.parse(run.outputs['findings']!)[0]).toMatchObject({ ruleId: 'iac/terraform-plan-delete', line: 2 });

      writeFileSync(plan, 'Plan: 0 to add, 0 to change, 1 to destroy.\n');
      const bad = await gate(7, { inputs: { 'terraform-plan': plan } });
      expect(bad.code).not.toBe(0);
      expect(bad.stdout).toMatch(/is not a JSON plan/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the other events', () => {
  it('workflow_run from the review bridge reaches the pull request whose head it ran on', async () => {
    const pull = fake.addPull(agentPull());
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    const payload = examplePayload('workflow_run', 'completed');
    payload['workflow_run'] = {
      ...payload['workflow_run'],
      head_sha: pull.headSha,
      head_branch: pull.headRef,
      head_repository: { ...payload['workflow_run'].head_repository, owner: { login: 'acme' } },
      pull_requests: [],
    };
    const run = await runAction(action.dir, fake, { event: 'workflow_run', payload });
    expect(run.code, run.stderr).toBe(0);
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'success' });
  });

  it('workflow_run for a head that is no longer the head writes nothing', async () => {
    const pull = fake.addPull(agentPull());
    const stale = pull.headSha;
    fake.push(7, { 'docs/notes.txt': 'newer\n' });
    const payload = examplePayload('workflow_run', 'completed');
    payload['workflow_run'] = {
      ...payload['workflow_run'],
      head_sha: stale,
      head_branch: pull.headRef,
      head_repository: { owner: { login: 'acme' } },
      pull_requests: [{ number: 7 }],
    };
    await runAction(action.dir, fake, { event: 'workflow_run', payload });
    expect(fake.writes()).toEqual([]);
  });

  it('merge_group re-evaluates the grouped pull requests and writes the status on the group head', async () => {
    fake.addPull(agentPull());
    fake.addPull({ ...agentPull(), number: 8, headRef: 'feature-8', changes: { 'README.md': '# shop!\n' } });
    const payload = examplePayload('merge_group', 'checks_requested');
    const groupHead = 'f'.repeat(40);
    const groupBase = 'e'.repeat(40);
    payload['merge_group'] = {
      ...payload['merge_group'],
      head_sha: groupHead,
      base_sha: groupBase,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-8-${groupBase}`,
    };
    fake.addMergeGroup(groupHead, groupBase, ['Drop bookings (#7)', 'Docs (#8)']);
    await runAction(action.dir, fake, { event: 'merge_group', payload });
    expect(lastStatus(groupHead)).toMatchObject({ state: 'failure' });
    expect(lastStatus(groupHead)!.description).toMatch(/^#7: /);
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    await runAction(action.dir, fake, { event: 'merge_group', payload });
    expect(lastStatus(groupHead)).toMatchObject({ state: 'success' });
  });

  it('workflow_dispatch checks the pull request it is given', async () => {
    const pull = fake.addPull(agentPull());
    const payload = examplePayload('workflow_dispatch');
    const run = await runAction(action.dir, fake, {
      event: 'workflow_dispatch',
      payload,
      inputs: { 'pull-request': '7' },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
  });
});
