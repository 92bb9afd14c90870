import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, type FakePullSpec } from './fake-github.js';
import { buildAction, pullRequestPayload, runAction, type RunOptions } from './harness.js';

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
});
