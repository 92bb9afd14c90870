import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a rule turned off
    {
      code: 'rules:\n  shell/rm-data: "off"\n',
      path: '.github/two-key.yml',
      base: 'rules:\n  shell/rm-data: block\n',
      line: 2,
      messageId: 'relaxed',
    },
    // a required team removed from the approvers
    {
      code: 'approvals:\n  default:\n    count: 2\n    from: ["@acme/dev"]\n',
      path: '.github/two-key.yml',
      base: 'approvals:\n  default:\n    count: 2\n    from: ["@acme/dba", "@acme/dev"]\n',
      line: 4,
      messageId: 'relaxed',
    },
  ],
  valid: [
    // a rule made stricter
    { code: 'rules:\n  shell/rm-data: block\n', path: '.github/two-key.yml', base: 'rules:\n  shell/rm-data: warn\n' },
    // a comment added
    {
      code: '# reviewed by the DBAs\nrules:\n  shell/rm-data: block\n',
      path: '.github/two-key.yml',
      base: 'rules:\n  shell/rm-data: block\n',
    },
  ],
};

ruleTester('guard/policy-change', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('guard/policy-change', cases.invalid)).toMatchInlineSnapshot(`
    ".github/two-key.yml:2:3 guard/policy-change
    2 |   shell/rm-data: "off"
      |   ^^^^^^^^^^^^^^^^^^^^ this change lowers shell/rm-data from block to off in the two-key policy; the policy decides what later changes need, so relaxing it needs approval

    .github/two-key.yml:4:5 guard/policy-change
    4 |     from: ["@acme/dev"]
      |     ^^^^^^^^^^^^^^^^^^^ this change changes who can give the default approval in the two-key policy; the policy decides what later changes need, so relaxing it needs approval"
  `);
});
