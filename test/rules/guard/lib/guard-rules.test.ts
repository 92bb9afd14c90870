import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import type { ChangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { loadPolicy } from '../../../../src/policy/load.js';
import type { Policy } from '../../../../src/core/policy-schema.js';
import { matchesPath } from '../../../../src/rules/guard/lib/codeowners.js';
import { changedFile, changeSetOf } from '../../../helpers/change-set.js';

const run = (files: ChangedFile[], policy: Policy = defaultPolicy()) => check(changeSetOf(files), policy);
/** `rule@line` (with `base:` for a line of the base version), `!` when it blocks. */
async function brief(files: ChangedFile[], policy?: Policy): Promise<string[]> {
  const d = await run(files, policy);
  return d.findings
    .filter((f) => f.ruleId.startsWith('guard/'))
    .map((f) => `${f.ruleId}@${f.side === 'base' ? 'base:' : ''}${f.line}${f.blocking ? '!' : ''}`);
}

describe('CODEOWNERS patterns', () => {
  it('match like GitHub: anchored with a slash, at any depth without, dir/* only direct children', () => {
    expect(matchesPath('/db/', 'db/migrations/V1.sql')).toBe(true);
    expect(matchesPath('/db/', 'app/db/x.sql')).toBe(false);
    expect(matchesPath('db/', 'app/db/x.sql')).toBe(true);
    expect(matchesPath('*.sql', 'deep/down/x.sql')).toBe(true);
    expect(matchesPath('docs/*', 'docs/a.md')).toBe(true);
    expect(matchesPath('docs/*', 'docs/sub/a.md')).toBe(false);
    expect(matchesPath('/infra', 'infra/main.tf')).toBe(true);
    expect(matchesPath('*', 'anything/at/all')).toBe(true);
  });
});

describe('guard/codeowners-change', () => {
  const path = '.github/CODEOWNERS';
  const base = '# owners\n* @acme/dev\n/db/ @acme/dba @acme/dev\n/infra/ @acme/sre\n';

  it('blocks an owner removed from a line, at that line', async () => {
    const head = '# owners\n* @acme/dev\n/db/ @acme/dev\n/infra/ @acme/sre\n';
    expect(await brief([changedFile(path, base, head)])).toEqual(['guard/codeowners-change@3!']);
  });

  it('blocks a removed line whose paths fall to other owners, at the removed line', async () => {
    const head = '# owners\n* @acme/dev\n/infra/ @acme/sre\n';
    expect(await brief([changedFile(path, base, head)])).toEqual(['guard/codeowners-change@base:3!']);
  });

  it('blocks a later line that overrides a path with fewer owners, at the overriding line', async () => {
    const head = base + '/db/scratch/ @acme/dev\n';
    expect(await brief([changedFile(path, base, head)])).toEqual(['guard/codeowners-change@5!']);
  });

  it('blocks a reorder that lets the catch-all override the DBA line, at the moved line', async () => {
    const head = '# owners\n/db/ @acme/dba @acme/dev\n/infra/ @acme/sre\n* @acme/dev\n';
    expect(await brief([changedFile(path, base, head)])).toEqual(['guard/codeowners-change@4!']);
  });

  it('notes a reorder that keeps every owner, a reformat and an added owner', async () => {
    const reorder = '# owners\n* @acme/dev\n/infra/ @acme/sre\n/db/ @acme/dba @acme/dev\n';
    const reformat = '# owners\n*    @acme/dev\n/db/   @acme/dev @acme/dba   # DBAs first\n/infra/ @acme/sre\n';
    const added = '# owners\n* @acme/dev\n/db/ @acme/dba @acme/dev @acme/sre\n/infra/ @acme/sre\n';
    expect(await brief([changedFile(path, base, reorder)])).toEqual(['guard/guard-file-edit@4']);
    expect(await brief([changedFile(path, base, reformat)])).toEqual(['guard/guard-file-edit@2']);
    expect(await brief([changedFile(path, base, added)])).toEqual(['guard/guard-file-edit@3']);
  });
});

describe('guard/policy-change', () => {
  const path = '.github/two-key.yml';
  const base = 'rules:\n  sql/drop-table: block\nsuppressions:\n  allowAdded: false\npaths:\n  exclude: []\n';

  it('blocks each relaxation at its key', async () => {
    const head = 'rules:\n  sql/drop-table: warn\nsuppressions:\n  allowAdded: true\npaths:\n  exclude: [db/**]\n';
    expect(await brief([changedFile(path, base, head)])).toEqual([
      'guard/policy-change@2!',
      'guard/policy-change@4!',
      'guard/policy-change@6!',
    ]);
  });

  it('blocks an approval rule removed, pointing at the approvals', async () => {
    const withRule =
      "approvals:\n  rules:\n    - match: { kinds: [destructive] }\n      count: 2\n      from: ['@acme/dba']\n";
    expect(await brief([changedFile(path, withRule, 'approvals:\n  rules: []\n')])).toEqual(['guard/policy-change@2!']);
  });

  it('notes a reformat and a tightening', async () => {
    const reformat =
      '# the gate\nrules: { sql/drop-table: block }\nsuppressions: { allowAdded: false }\npaths: { exclude: [] }\n';
    const tighter = base + 'approvals:\n  default:\n    count: 2\n';
    expect(await brief([changedFile(path, base, reformat)])).toEqual(['guard/guard-file-edit@1']);
    expect(await brief([changedFile(path, base, tighter)])).toEqual(['guard/guard-file-edit@7']);
  });

  it('treats a file the base policy extends as the policy', async () => {
    const org = 'rules:\n  sql/drop-table: block\n';
    const policy = loadPolicy('extends: policies/org.yml\n', path, (p) => (p === 'policies/org.yml' ? org : undefined));
    const relaxed = changedFile('policies/org.yml', org, 'rules:\n  sql/drop-table: off\n');
    expect(await brief([relaxed], policy)).toEqual(['guard/policy-change@2!']);
    // Under a policy that does not extend it, the same file is just YAML.
    expect(await brief([relaxed])).toEqual([]);
  });
});

describe('guard/agent-guard-change', () => {
  const path = '.claude/settings.json';
  const base = `{
  "permissions": {
    "allow": ["Bash(npm test)"],
    "deny": ["Bash(rm -rf:*)", "Bash(psql:*)"]
  },
  "hooks": {
    "PreToolUse": [
      { "matcher": "Bash", "hooks": [{ "type": "command", "command": "./.claude/hooks/guard.sh" }] }
    ]
  }
}
`;

  it('blocks an allow entry added, a deny entry removed and a hook removed, at each entry', async () => {
    const head = `{
  "permissions": {
    "allow": ["Bash(npm test)", "Bash(*)"],
    "deny": ["Bash(rm -rf:*)"]
  },
  "hooks": {}
}
`;
    expect(await brief([changedFile(path, base, head)])).toEqual([
      'guard/agent-guard-change@3!',
      'guard/agent-guard-change@base:4!',
      'guard/agent-guard-change@base:8!',
    ]);
  });

  it('notes the same permissions and hooks reordered, and a deny entry added', async () => {
    const reordered = `{
  "hooks": {
    "PreToolUse": [
      { "hooks": [{ "command": "./.claude/hooks/guard.sh", "type": "command" }], "matcher": "Bash" }
    ]
  },
  "permissions": {
    "deny": ["Bash(psql:*)", "Bash(rm -rf:*)", "Bash(dropdb:*)"],
    "allow": ["Bash(npm test)"]
  }
}
`;
    expect(await brief([changedFile(path, base, reordered)])).toEqual(['guard/guard-file-edit@4']);
  });
});

describe('guard/gate-workflow-change', () => {
  const path = '.github/workflows/two-key.yml';
  const base = `name: two-key
on:
  pull_request_target:
    types: [opened, synchronize]
permissions:
  statuses: write
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/two-key@v1
        with:
          policy: .github/two-key.yml
`;

  it('blocks an if: on the step and weakened inputs, at those keys', async () => {
    const head = base
      .replace('      - uses: acme/two-key@v1\n', "      - uses: acme/two-key@v1\n        if: github.actor != 'dave'\n")
      .replace('policy: .github/two-key.yml', 'policy: .github/lax.yml');
    expect(await brief([changedFile(path, base, head)])).toEqual([
      'guard/gate-workflow-change@12!',
      'guard/gate-workflow-change@13!',
    ]);
  });

  it('blocks a narrowed trigger at on:, and a removed permission', async () => {
    const narrowed = base.replace('types: [opened, synchronize]', 'types: [opened]');
    expect(await brief([changedFile(path, base, narrowed)])).toEqual(['guard/gate-workflow-change@2!']);
    const noStatuses = base.replace('permissions:\n  statuses: write\n', 'permissions:\n  contents: read\n');
    expect(await brief([changedFile(path, base, noStatuses)])).toEqual(['guard/gate-workflow-change@6!']);
  });

  it('blocks the two-key step removed, at the step in the base', async () => {
    const head = base.replace(/ {6}- uses: acme\/two-key@v1\n.*\n.*\n$/, '      - run: echo ok\n');
    expect(await brief([changedFile(path, base, head)])).toEqual(['guard/gate-workflow-change@base:11!']);
  });

  it('notes comments, quoting and a widened trigger', async () => {
    const reformatted = base.replace('name: two-key', "# the gate\nname: 'two-key'");
    expect(await brief([changedFile(path, base, reformatted)])).toEqual(['guard/guard-file-edit@1']);
    const widened = base.replace('types: [opened, synchronize]', 'types: [opened, synchronize, reopened]');
    expect(await brief([changedFile(path, base, widened)])).toEqual(['guard/guard-file-edit@4']);
  });
});

describe('guard/trigger-chain-change', () => {
  const bridgePath = '.github/workflows/review-bridge.yml';
  const bridge =
    'name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n';

  it('blocks the bridge deleted, renamed, narrowed or changed', async () => {
    expect(await brief([changedFile(bridgePath, bridge, undefined)])).toEqual(['guard/trigger-chain-change@base:1!']);
    expect(await brief([changedFile(bridgePath, bridge, bridge.replace('two-key review bridge', 'relay'))])).toEqual([
      'guard/trigger-chain-change@1!',
    ]);
    expect(await brief([changedFile(bridgePath, bridge, bridge.replace('submitted, dismissed', 'dismissed'))])).toEqual(
      ['guard/trigger-chain-change@2!'],
    );
    expect(await brief([changedFile(bridgePath, bridge, bridge.replace('echo ok', 'exit 1'))])).toEqual([
      'guard/trigger-chain-change@9!',
    ]);
  });

  it("blocks a change to a workflow the gate's workflow_run names, when the gate is part of the change", async () => {
    const gatePath = '.github/workflows/two-key.yml';
    const gate =
      'on:\n  workflow_run:\n    workflows: [nudge]\n    types: [completed]\njobs:\n  g:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n';
    const nudge =
      'name: nudge\non: issue_comment\njobs:\n  n:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
    const files = [
      changedFile(gatePath, gate, `# gate\n${gate}`),
      changedFile('.github/workflows/nudge.yml', nudge, nudge.replace('name: nudge', 'name: poke')),
    ];
    expect(await brief(files)).toEqual(['guard/trigger-chain-change@1!', 'guard/guard-file-edit@1']);
  });

  it("blocks a change to a workflow the gate's workflow_run names, reading the gate from the base workflows", async () => {
    const gate =
      'on:\n  workflow_run:\n    workflows: [nudge]\njobs:\n  g:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n';
    const nudge =
      'name: nudge\non: issue_comment\njobs:\n  n:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
    const file = changedFile('.github/workflows/nudge.yml', nudge, nudge.replace('echo hi', 'exit 0'));
    const baseWorkflows = [{ path: '.github/workflows/two-key.yml', text: gate }];
    const d = await check(changeSetOf([file], { baseWorkflows }), defaultPolicy());
    expect(d.findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(['guard/trigger-chain-change@7']);
    expect((await run([file])).findings).toEqual([]);
  });

  it('leaves other workflows alone', async () => {
    const ci = 'name: ci\non: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';
    expect(
      await brief([changedFile('.github/workflows/ci.yml', ci, ci.replace('npm test', 'npm run test:all'))]),
    ).toEqual([]);
  });
});

describe('guard/status-writer', () => {
  const path = '.github/workflows/report.yml';

  it('blocks a job given checks: write and a curl to /check-runs, at their lines', async () => {
    const head = `on: pull_request
jobs:
  report:
    runs-on: ubuntu-latest
    permissions:
      checks: write
    steps:
      - run: >-
          curl -sS -X POST -H "Authorization: Bearer $TOKEN"
          https://api.github.com/repos/acme/shop/check-runs -d @run.json
`;
    expect(await brief([changedFile(path, undefined, head)])).toEqual([
      'guard/status-writer@6!',
      'guard/status-writer@10!',
    ]);
  });

  it('leaves a grant the workflow already had, moved to another place', async () => {
    const base =
      'on: pull_request\npermissions:\n  statuses: write\n  contents: read\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';
    const head =
      'on: pull_request\npermissions:\n  contents: read\n  statuses: write\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';
    expect(await brief([changedFile(path, base, head)])).toEqual([]);
  });
});
