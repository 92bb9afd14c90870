import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // policy keys reordered
    {
      code: 'rules:\n  sql/truncate: block\n  sql/drop-table: block\n',
      path: '.github/two-key.yml',
      base: 'rules:\n  sql/drop-table: block\n  sql/truncate: block\n',
      line: 3,
      messageId: 'edited',
    },
    // a deny rule added to agent settings
    {
      code: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)", "Bash(dropdb:*)"]\n  }\n}\n',
      path: '.claude/settings.json',
      base: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
      line: 3,
      messageId: 'edited',
    },
  ],
  valid: [
    // an ordinary workflow edited
    {
      code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test -- --coverage\n',
      path: '.github/workflows/test.yml',
      base: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
    },
    // a CODEOWNERS-like file elsewhere
    { code: '* @acme/dev\n/db/ @acme/dba @acme/sre\n', path: 'docs/OWNERS.txt', base: '* @acme/dev\n/db/ @acme/dba\n' },
  ],
};

ruleTester('guard/guard-file-edit', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('guard/guard-file-edit', cases.invalid)).toMatchInlineSnapshot(`
    ".github/two-key.yml:3:1 guard/guard-file-edit
    3 |   sql/drop-table: block
      | ^^^^^^^^^^^^^^^^^^^^^^^ the two-key policy changed, but nothing it guards got weaker (a reorder, a reformat, an owner or a check added); shown so a reviewer sees it (does not block)

    .claude/settings.json:3:1 guard/guard-file-edit
    3 |     "deny": ["Bash(rm -rf:*)", "Bash(dropdb:*)"]
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ .claude/settings.json changed, but nothing it guards got weaker (a reorder, a reformat, an owner or a check added); shown so a reviewer sees it (does not block)"
  `);
});
