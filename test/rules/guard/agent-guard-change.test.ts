import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a broad allow added to local Claude settings
    {
      code: '{\n  "permissions": {\n    "allow": ["Bash(psql:*)"]\n  }\n}\n',
      path: '.claude/settings.local.json',
      base: '{\n  "permissions": {}\n}\n',
      line: 3,
      messageId: 'loosened',
    },
    // one of two deny rules removed
    {
      code: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
      path: '.claude/settings.json',
      base: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)", "Bash(terraform destroy:*)"]\n  }\n}\n',
      line: 3,
      side: 'base',
      messageId: 'loosened',
    },
  ],
  valid: [
    // a deny rule added
    {
      code: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)", "Bash(dropdb:*)"]\n  }\n}\n',
      path: '.claude/settings.json',
      base: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
    },
    // a settings file outside .claude
    { code: '{\n  "permissions": {\n    "allow": ["Bash(*)"]\n  }\n}\n', path: 'docs/examples/settings.json' },
  ],
};

ruleTester('guard/agent-guard-change', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('guard/agent-guard-change', cases.invalid)).toMatchInlineSnapshot(`
    ".claude/settings.local.json:3:15 guard/agent-guard-change
    3 |     "allow": ["Bash(psql:*)"]
      |               ^^^^^^^^^^^^^^ .claude/settings.local.json: this change allows Bash(psql:*) without asking; it configures what a coding agent may run without asking, so loosening it can let an agent run destructive commands unchecked

    .claude/settings.json:3:32 guard/agent-guard-change
    3 |     "deny": ["Bash(rm -rf:*)", "Bash(terraform destroy:*)"]
      |                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ .claude/settings.json: this change no longer denies Bash(terraform destroy:*); it configures what a coding agent may run without asking, so loosening it can let an agent run destructive commands unchecked (base side)"
  `);
});
