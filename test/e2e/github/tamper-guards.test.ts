import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, type FakePullSpec } from './fake-github.js';
import { buildAction, pullRequestPayload, runAction } from './harness.js';

/**
 * Tamper scenarios for the guards around the gate (issue 12, weaknesses 1, 6 and 7, and the
 * `extends` and CODEOWNERS cases): a pull request by a person with write access, whose change
 * would pass as routine if the guard it attacks were not there. Each runs the built Action
 * against the fake GitHub and reads the `two-key` status it writes.
 */

let action: { dir: string; cleanup: () => void };
let fake: FakeGitHub;

beforeAll(() => {
  action = buildAction();
});
afterAll(() => action.cleanup());

beforeEach(async () => {
  fake = new FakeGitHub();
  fake.permissions['dave'] = 'write';
  await fake.start();
});
afterEach(async () => {
  expect(fake.invalid).toEqual([]);
  await fake.stop();
});

const BRIDGE_PATH = '.github/workflows/two-key-review-bridge.yml';
const BRIDGE = `name: two-key review bridge
on:
  pull_request_review:
    types: [submitted, edited, dismissed]
permissions: {}
jobs:
  bridge:
    runs-on: ubuntu-latest
    steps:
      - run: echo "review on \${{ github.event.pull_request.head.sha }}"
`;
const GATE_PATH = '.github/workflows/two-key.yml';
const GATE = `name: two-key
on:
  pull_request_target:
    types: [opened, synchronize, reopened]
  workflow_run:
    workflows: [two-key review bridge]
    types: [completed]
permissions:
  contents: read
  pull-requests: write
  statuses: write
jobs:
  two-key:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/two-key@v1
`;

/** A pull request by a human with write access to a repository set up as the README says. */
function humanPull(base: Record<string, string>, changes: Record<string, string | null>): FakePullSpec {
  return {
    number: 9,
    author: { login: 'dave' },
    headRef: 'dave/tidy',
    body: 'Tidy up.',
    base: { 'README.md': '# shop\n', [GATE_PATH]: GATE, [BRIDGE_PATH]: BRIDGE, ...base },
    changes,
    commits: [{ message: 'Tidy', authorName: 'Dave', authorEmail: 'dave@corp.example', authorLogin: 'dave' }],
  };
}

async function statusAfterGate(spec: FakePullSpec) {
  const pull = fake.addPull(spec);
  const run = await runAction(action.dir, fake, { event: 'pull_request_target', payload: pullRequestPayload(fake, 9) });
  expect(run.code, run.stderr + run.stdout).toBe(0);
  const status = fake.statuses.filter((s) => s.sha === pull.headSha).at(-1);
  return {
    status,
    findings: JSON.parse(run.outputs['findings'] ?? '[]') as {
      ruleId: string;
      line: number;
      blocking: boolean;
      message: string;
      side: string;
    }[],
  };
}

describe('tamper: guards around the gate', () => {
  it('weakness 1 (a base suppression silences whatever is put under it): DROP TABLE tmp_import becomes DROP TABLE users', async () => {
    const path = 'db/migrations/20261101_cleanup.sql';
    const suppression = '-- two-key: allow sql/drop-table -- scratch table of the CSV import\n';
    const { status, findings } = await statusAfterGate(
      humanPull({ [path]: `${suppression}DROP TABLE tmp_import;\n` }, { [path]: `${suppression}DROP TABLE users;\n` }),
    );
    expect(status).toMatchObject({ state: 'failure', context: 'two-key' });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'sql/drop-table', line: 2, blocking: true })]);
    expect(findings[0]!.message).toContain('no longer matches');
  });

  it('weakness 1, routine twin: the approved statement only re-wrapped stays silenced', async () => {
    const path = 'db/migrations/20261101_cleanup.sql';
    const suppression = '-- two-key: allow sql/drop-table -- scratch table of the CSV import\n';
    const { status } = await statusAfterGate(
      humanPull(
        { [path]: `${suppression}DROP TABLE tmp_import;\n` },
        { [path]: `${suppression}DROP TABLE\n  tmp_import;\n` },
      ),
    );
    expect(status).toMatchObject({ state: 'success' });
  });

  it('weakness 6 (the review bridge is controlled by the pull request): the bridge deleted by the change', async () => {
    const { status, findings } = await statusAfterGate(humanPull({}, { [BRIDGE_PATH]: null }));
    expect(status).toMatchObject({ state: 'failure' });
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: 'guard/trigger-chain-change', line: 1, side: 'base', blocking: true }),
    );
  });

  it("weakness 6: the bridge renamed, so the gate's workflow_run no longer names it", async () => {
    const renamed = BRIDGE.replace('name: two-key review bridge', 'name: review relay');
    const { status, findings } = await statusAfterGate(humanPull({}, { [BRIDGE_PATH]: renamed }));
    expect(status).toMatchObject({ state: 'failure' });
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'guard/trigger-chain-change', line: 1 }));
  });

  it('weakness 6: the bridge no longer runs on submitted reviews', async () => {
    const narrowed = BRIDGE.replace('types: [submitted, edited, dismissed]', 'types: [edited]');
    const { status, findings } = await statusAfterGate(humanPull({}, { [BRIDGE_PATH]: narrowed }));
    expect(status).toMatchObject({ state: 'failure' });
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'guard/trigger-chain-change', line: 2 }));
  });

  it('weakness 7 (a forging workflow passes as routine): a new workflow with statuses: write posts a two-key success', async () => {
    const forger = `name: housekeeping
on: pull_request
permissions:
  statuses: write
jobs:
  tidy:
    runs-on: ubuntu-latest
    steps:
      - run: |
          gh api repos/\${{ github.repository }}/statuses/\${{ github.event.pull_request.head.sha }} \\
            -f state=success -f context=two-key -f description="Approved"
        env:
          GH_TOKEN: \${{ github.token }}
`;
    const { status, findings } = await statusAfterGate(humanPull({}, { '.github/workflows/housekeeping.yml': forger }));
    expect(status).toMatchObject({ state: 'failure' });
    expect(findings.filter((f) => f.ruleId === 'guard/status-writer').map((f) => f.line)).toEqual([4, 10]);
  });

  it('weakness 7: actions/github-script calling createCommitStatus', async () => {
    const forger = `on: pull_request_target
jobs:
  tidy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            const sha = context.payload.pull_request.head.sha;
            await github.rest.repos.createCommitStatus({ ...context.repo, sha, state: 'success', context: 'two-key' });
`;
    const { status, findings } = await statusAfterGate(humanPull({}, { '.github/workflows/tidy.yml': forger }));
    expect(status).toMatchObject({ state: 'failure' });
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'guard/status-writer', line: 10 }));
  });

  it('an `extends` target edited by the change: the org policy the base policy extends is relaxed', async () => {
    const org = 'rules:\n  sql/drop-table: block\napprovals:\n  default:\n    count: 2\n';
    const { status, findings } = await statusAfterGate(
      humanPull(
        { '.github/two-key.yml': 'extends: .github/two-key-org.yml\n', '.github/two-key-org.yml': org },
        { '.github/two-key-org.yml': org.replace('count: 2', 'count: 1') },
      ),
    );
    expect(status).toMatchObject({ state: 'failure' });
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: 'guard/policy-change', line: 5, blocking: true }),
    );
  });

  it('a CODEOWNERS edit that drops an owner fails, and its reorder twin passes', async () => {
    const owners = '* @acme/dev\n/db/ @acme/dba\n/infra/ @acme/sre\n';
    const dropped = await statusAfterGate(
      humanPull({ '.github/CODEOWNERS': owners }, { '.github/CODEOWNERS': '* @acme/dev\n/infra/ @acme/sre\n' }),
    );
    expect(dropped.status).toMatchObject({ state: 'failure' });
    expect(dropped.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'guard/codeowners-change', line: 2, side: 'base', blocking: true }),
    );
    await fake.stop();
    fake = new FakeGitHub();
    fake.permissions['dave'] = 'write';
    await fake.start();
    const reordered = await statusAfterGate(
      humanPull(
        { '.github/CODEOWNERS': owners },
        { '.github/CODEOWNERS': '* @acme/dev\n/infra/ @acme/sre\n/db/ @acme/dba\n' },
      ),
    );
    expect(reordered.status).toMatchObject({ state: 'success' });
    expect(reordered.findings).toEqual([expect.objectContaining({ ruleId: 'guard/guard-file-edit', blocking: false })]);
  });
});
