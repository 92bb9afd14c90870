/* eslint-disable @typescript-eslint/no-explicit-any -- webhook payloads and parsed workflow YAML */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FakeGitHub, type FakePullSpec } from './fake-github.js';
import { buildAction, examplePayload, pullRequestPayload, runAction, type RunOptions } from './harness.js';

/**
 * The gate attacked by the author of a pull request who has read two-key's source (SECURITY.md).
 * Each scenario names the weakness of issue 12 it closes; each reached `success` on the build
 * before the fix (TWO_KEY_ACTION_DIR runs the scenarios against another build).
 */

let action: { dir: string; cleanup: () => void };
let fake: FakeGitHub;

beforeAll(() => {
  action = buildAction();
});
afterAll(() => action.cleanup());

beforeEach(async () => {
  fake = new FakeGitHub();
  for (const login of ['alice', 'bob', 'carol', 'deploy-helper']) fake.permissions[login] = 'write';
  await fake.start();
});
afterEach(async () => {
  expect(fake.invalid).toEqual([]);
  await fake.stop();
});

const MIGRATION = 'db/migrations/20261201_drop_bookings.sql';
const BASE = {
  'db/migrations/20261101_bookings.sql': 'CREATE TABLE bookings (id bigint PRIMARY KEY);\n',
  'README.md': '# shop\n',
};

/** Mallory's pull request #7: drops a table, into main. */
function attack(extra: Partial<FakePullSpec> = {}): FakePullSpec {
  return {
    number: 7,
    author: { login: 'mallory' },
    headRef: 'mallory/tidy',
    base: BASE,
    changes: { [MIGRATION]: 'DROP TABLE bookings;\n' },
    commits: [
      { message: 'Tidy bookings', authorName: 'Mallory', authorEmail: 'mallory@example.com', authorLogin: 'mallory' },
    ],
    ...extra,
  };
}

function gate(number = 7, options: Partial<RunOptions> = {}) {
  return runAction(action.dir, fake, {
    event: 'pull_request_target',
    payload: pullRequestPayload(fake, number),
    ...options,
  });
}

/** The run the review bridge wakes: workflow_run on the pull request's head. */
function reviewRun(number = 7, options: Partial<RunOptions> = {}) {
  const pull = fake.pulls.get(number)!;
  const payload = examplePayload('workflow_run', 'completed');
  payload['workflow_run'] = {
    ...payload['workflow_run'],
    head_sha: pull.headSha,
    head_branch: pull.headRef,
    head_repository: { ...payload['workflow_run'].head_repository, owner: { login: fake.owner } },
    pull_requests: [],
  };
  return runAction(action.dir, fake, { event: 'workflow_run', payload, ...options });
}

const statusesOn = (sha: string) => fake.statuses.filter((s) => s.sha === sha);
const lastStatus = (sha: string) => statusesOn(sha).at(-1);
/** The comment as a person reads it: without the zero-width joiners that stop mentions, nor Markdown escapes. */
const commentText = () =>
  fake.comments
    .filter((c) => c.login === 'github-actions[bot]')
    .map((c) => c.body.replace(/\u200d/g, '').replace(/\\(.)/g, '$1'))
    .join('\n');

describe('weakness 2: the verdict belongs to every pull request with the head, and only protected bases write', () => {
  it('weakness 2: a second pull request with the same head into an unprotected base, whose diff omits the drop, writes nothing', async () => {
    const main = fake.addPull(attack());
    // Into a branch made for the purpose that already has the destructive commit: an empty diff.
    fake.addPull(
      attack({
        number: 8,
        headRef: 'mallory/tidy-2',
        baseRef: 'lax',
        base: { ...BASE, [MIGRATION]: 'DROP TABLE bookings;\n' },
        headSha: main.headSha,
      }),
    );
    const run = await gate(8);
    expect(run.code, run.stderr).toBe(0);
    expect(statusesOn(main.headSha).filter((s) => s.state === 'success')).toEqual([]);
    expect(fake.comments).toEqual([]);
    await gate(7);
    expect(lastStatus(main.headSha)).toMatchObject({ state: 'failure' });
  });

  it('weakness 2: with both bases protected, a lax base policy cannot write success (status nor check run) on the shared head', async () => {
    const main = fake.addPull(attack());
    fake.addPull(
      attack({
        number: 8,
        headRef: 'mallory/tidy-2',
        baseRef: 'release',
        base: { ...BASE, '.github/two-key.yml': 'rules:\n  sql/drop-table: off\n' },
        headSha: main.headSha,
      }),
    );
    const run = await gate(8, { inputs: { 'protected-bases': 'main, release', 'app-token': 'ghs_apptoken' } });
    expect(run.code, run.stderr).toBe(0);
    expect(lastStatus(main.headSha)).toMatchObject({ state: 'failure' });
    expect(lastStatus(main.headSha)!.description).toMatch(/#7/);
    expect(statusesOn(main.headSha).filter((s) => s.state === 'success')).toEqual([]);
    expect(fake.checkRuns.map((c) => c.conclusion)).toEqual(['failure']);
  });
});

describe('weakness 3: the pusher of the head is known on every run', () => {
  it('weakness 3: the last pusher approving their own push does not count on the run the review triggers', async () => {
    fake.addPull(attack());
    const head = fake.push(7, { 'docs/notes.md': 'tidied\n' }, 'bob');
    fake.review(7, { login: 'bob', state: 'APPROVED' });
    const run = await reviewRun();
    expect(run.code, run.stderr).toBe(0);
    expect(lastStatus(head)).toMatchObject({ state: 'failure' });
    expect(commentText()).toContain('@bob’s approval does not count: they pushed the head commit.');
  });

  it('weakness 3, approval then force-push: a force push the timeline records makes its pusher ineligible', async () => {
    fake.addPull(attack());
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    // alice rewrites the branch; the head repository's activity has no record of it, the timeline has.
    const head = fake.push(7, { [MIGRATION]: 'DROP TABLE bookings CASCADE;\n' }, null);
    fake.timeline[7] = [{ event: 'head_ref_force_pushed', actor: 'alice', commitId: head }];
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    await reviewRun();
    expect(lastStatus(head)).toMatchObject({ state: 'failure' });
    expect(commentText()).toContain('@alice’s approval does not count: they pushed the head commit.');
  });

  it('weakness 3, pusher unknown: the comment says so, unless the ruleset requires approval of the most recent push', async () => {
    const pull = fake.addPull(attack({ pusher: null }));
    await gate();
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    expect(commentText()).toMatch(
      /could not tell who pushed the head commit.*Require approval of the most recent reviewable push/,
    );
    fake.branchRules['main'] = [
      {
        type: 'pull_request',
        parameters: {
          require_last_push_approval: true,
          required_approving_review_count: 1,
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: false,
          required_review_thread_resolution: false,
        },
      },
    ];
    await gate();
    expect(commentText()).toMatch(
      /ruleset requires approval of the most recent push by someone else, so GitHub enforces it/,
    );
  });

  it('re-run of an old workflow run: an old synchronize payload replayed after the head was pushed and approved by bob', async () => {
    const pull = fake.addPull(attack());
    const old = pullRequestPayload(fake, 7, 'synchronize');
    old['after'] = pull.headSha;
    old['sender'] = { ...old['sender'], login: 'mallory' };
    const head = fake.push(7, { 'docs/notes.md': 'tidied\n' }, 'bob');
    fake.review(7, { login: 'bob', state: 'APPROVED' });
    const run = await runAction(action.dir, fake, { event: 'pull_request_target', payload: old });
    expect(run.code, run.stderr).toBe(0);
    expect(lastStatus(head)).toMatchObject({ state: 'failure' });
  });

  it('a label added by the author re-runs the gate, and that run too knows who pushed the head', async () => {
    fake.addPull(attack());
    const head = fake.push(7, { 'docs/notes.md': 'tidied\n' }, 'bob');
    fake.review(7, { login: 'bob', state: 'APPROVED' });
    const payload = pullRequestPayload(fake, 7, 'labeled');
    payload['label'] = { id: 1, name: 'two-key: approved', color: '00ff00' };
    payload['sender'] = { ...payload['sender'], login: 'mallory' };
    await runAction(action.dir, fake, { event: 'pull_request_target', payload });
    expect(lastStatus(head)).toMatchObject({ state: 'failure' });
  });
});

describe('weakness 4: agent accounts the policy names cannot approve', () => {
  it('weakness 4: an approval by an account in the policy agents.logins does not count', async () => {
    const pull = fake.addPull(
      attack({ base: { ...BASE, '.github/two-key.yml': 'agents:\n  logins: [deploy-helper]\n' } }),
    );
    fake.review(7, { login: 'deploy-helper', state: 'APPROVED' });
    await gate();
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    expect(commentText()).toContain(
      '@deploy-helper’s approval does not count: the policy lists it as an agent account (agents.logins).',
    );
  });

  it('an approval by a policy-listed agent (in the policy the base extends) does not let a merge group through', async () => {
    fake.addPull(
      attack({
        base: {
          ...BASE,
          '.github/two-key.yml': 'extends: .github/org-two-key.yml\n',
          '.github/org-two-key.yml': 'agents:\n  logins: [Deploy-Helper]\n',
        },
      }),
    );
    fake.review(7, { login: 'deploy-helper', state: 'APPROVED' });
    const groupHead = 'f'.repeat(40);
    await runAction(action.dir, fake, { event: 'merge_group', payload: mergeGroupPayload(groupHead, 7) });
    expect(lastStatus(groupHead)).toMatchObject({ state: 'failure' });
  });
});

describe('weakness 5: co-authors named by email cannot approve', () => {
  it('weakness 5: Co-authored-by: Alice <alice@corp.example> stops @alice, whose profile shows that email', async () => {
    const pull = fake.addPull(
      attack({
        commits: [
          {
            message: 'Tidy bookings\n\nCo-authored-by: Alice <alice@corp.example>',
            authorName: 'Mallory',
            authorEmail: 'mallory@example.com',
            authorLogin: 'mallory',
          },
        ],
      }),
    );
    fake.userEmails['alice'] = 'alice@corp.example';
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    await gate();
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    expect(commentText()).toContain(
      '@alice’s approval does not count: a Co-authored-by trailer in this pull request names them.',
    );
  });

  it('a co-author by a non-noreply trailer is resolved to the account GitHub links to the email', async () => {
    const pull = fake.addPull(
      attack({
        commits: [
          {
            message: 'Tidy bookings\n\nCo-authored-by: C. <carol@corp.example>',
            authorName: 'Mallory',
            authorEmail: 'mallory@example.com',
            authorLogin: 'mallory',
          },
        ],
      }),
    );
    // carol shows no public email; her earlier commits here were written with that address.
    fake.history.push({ login: 'carol', email: 'carol@corp.example' });
    fake.review(7, { login: 'carol', state: 'APPROVED' });
    await gate();
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
  });
});

describe('weakness 8: races', () => {
  it('weakness 8: every event of the README gate workflow, workflow_dispatch included, shares one concurrency key per pull request', () => {
    const group = String(gateWorkflow()['concurrency'].group);
    const pullRequestTarget = { github: { event: { pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } } } };
    const review = {
      github: { event: { workflow_run: { head_sha: 'a'.repeat(40), pull_requests: [{ number: 7 }] } } },
    };
    const dispatch = { github: { event: { inputs: { 'pull-request': '7' } } }, inputs: { 'pull-request': '7' } };
    const keys = [pullRequestTarget, review, dispatch].map((context) => evaluateKey(group, context));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/7/);
    // A fork's review run (GitHub lists no pull request) never shares a key with a pull request number.
    const fork = { github: { event: { workflow_run: { head_sha: 'b'.repeat(40), pull_requests: [] } } } };
    expect(evaluateKey(group, fork)).toContain('b'.repeat(40));
  });

  it('two runs racing on one head: the run that read an approval writes nothing after a request for changes', async () => {
    const pull = fake.addPull(attack());
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    await raceOnPermissionRead(() => fake.review(7, { login: 'bob', state: 'CHANGES_REQUESTED' }));
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    expect(lastStatus(pull.headSha)!.description).toMatch(/changes requested by @bob/);
  });

  it('dismissal: an approval dismissed while a run weighs it is never written as success', async () => {
    const pull = fake.addPull(attack());
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    await raceOnPermissionRead(() => (fake.pulls.get(7)!.reviews[0]!.state = 'DISMISSED'));
    expect(statusesOn(pull.headSha).map((s) => s.state)).toEqual(['failure']);
  });
});

describe('weakness 9: the merge queue', () => {
  it('weakness 9: with an App token the merge group head gets the App check run, not only a status', async () => {
    fake.addPull(attack());
    fake.review(7, { login: 'alice', state: 'APPROVED' });
    const groupHead = 'f'.repeat(40);
    await runAction(action.dir, fake, {
      event: 'merge_group',
      payload: mergeGroupPayload(groupHead, 7),
      inputs: { 'app-token': 'ghs_apptoken' },
    });
    expect(lastStatus(groupHead)).toMatchObject({ state: 'success' });
    expect(fake.checkRuns).toEqual([expect.objectContaining({ head_sha: groupHead, conclusion: 'success' })]);
    expect(fake.requestsTo('POST', '/repos/{owner}/{repo}/check-runs')[0]!.auth).toMatch(/ghs_apptoken/);
  });
});

describe('the comment', () => {
  it('a forged marker comment by the author is named as not two-key’s, and changes nothing', async () => {
    const pull = fake.addPull(attack());
    fake.comments.push({
      id: 1,
      issue: 7,
      login: 'mallory',
      body: '<!-- two-key:sticky-comment -->\n### ✅ two-key: approved\nApproved by @alice.',
    });
    await gate();
    expect(lastStatus(pull.headSha)).toMatchObject({ state: 'failure' });
    expect(commentText()).toMatch(/A comment by @mallory imitates two-key.s: it is not from two-key\./);
    expect(fake.comments.find((c) => c.login === 'mallory')!.body).toContain('approved');
  });
});

/** Runs a second run (B) while the first (A) is between reading the reviews and writing: B's event happens then. */
async function raceOnPermissionRead(event: () => void): Promise<void> {
  let fired = false;
  fake.beforeServe = async (request) => {
    if (fired || request.template !== '/repos/{owner}/{repo}/collaborators/{username}/permission') return;
    fired = true;
    event();
    const b = await gate();
    expect(b.code, b.stderr).toBe(0);
  };
  const a = await gate();
  expect(a.code, a.stderr).toBe(0);
  expect(fired).toBe(true);
}

function mergeGroupPayload(groupHead: string, number: number): Record<string, any> {
  const payload = examplePayload('merge_group', 'checks_requested');
  const groupBase = 'e'.repeat(40);
  payload['merge_group'] = {
    ...payload['merge_group'],
    head_sha: groupHead,
    base_sha: groupBase,
    head_ref: `refs/heads/gh-readonly-queue/main/pr-${number}-${groupBase}`,
  };
  fake.addMergeGroup(groupHead, groupBase, [`Tidy (#${number})`]);
  return payload;
}

function gateWorkflow(): Record<string, any> {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
  const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, any>);
  return workflows.find((w) => w['on']?.['pull_request_target'])!;
}

/**
 * The `${{ a || b[0].c || 'x' }}` parts of a concurrency group, as GitHub evaluates them: context
 * paths and string literals joined by `||`, the first truthy one wins, missing is empty.
 */
function evaluateKey(group: string, context: Record<string, unknown>): string {
  return group.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => {
    for (const operand of expression.split('||').map((o) => o.trim())) {
      const literal = /^'(.*)'$/.exec(operand);
      const value = literal ? literal[1] : lookup(context, operand);
      if (value !== undefined && value !== null && value !== '' && value !== 0 && value !== false) return String(value);
    }
    return '';
  });
}

function lookup(context: unknown, path: string): unknown {
  const parts = path.match(/[A-Za-z_][\w-]*|\[\d+\]/g) ?? [];
  let value: unknown = context;
  for (const part of parts) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.startsWith('[') ? part.slice(1, -1) : part];
  }
  return value;
}
