import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // an owner swapped for another
    {
      code: '* @acme/dev\n/infra/ @acme/dev\n',
      path: '.github/CODEOWNERS',
      base: '* @acme/dev\n/infra/ @acme/sre\n',
      line: 2,
      messageId: 'ownerLost',
    },
    // a new path line takes /infra/ from the catch-all owners
    {
      code: '* @acme/dev\n/infra/ @acme/sre\n',
      path: '.github/CODEOWNERS',
      base: '* @acme/dev\n',
      line: 2,
      messageId: 'ownerLost',
    },
    // a catch-all line added after a specific one
    {
      code: '/db/ @acme/dba\n/** @acme/dev\n',
      path: 'docs/CODEOWNERS',
      base: '/db/ @acme/dba\n',
      line: 2,
      messageId: 'ownerLost',
    },
  ],
  valid: [
    // an owner added to the catch-all
    {
      code: '* @acme/dev @acme/qa\n/db/ @acme/dba\n',
      path: '.github/CODEOWNERS',
      base: '* @acme/dev\n/db/ @acme/dba\n',
    },
    // a comment
    {
      code: '# data\n* @acme/dev\n/db/ @acme/dba\n',
      path: '.github/CODEOWNERS',
      base: '* @acme/dev\n/db/ @acme/dba\n',
    },
  ],
};

ruleTester('guard/codeowners-change', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('guard/codeowners-change', cases.invalid)).toMatchInlineSnapshot(`
    ".github/CODEOWNERS:2:1 guard/codeowners-change
    2 | /infra/ @acme/dev
      | ^^^^^^^^^^^^^^^^^ after this CODEOWNERS change, paths matching /infra/ no longer need a review from @acme/sre

    .github/CODEOWNERS:2:1 guard/codeowners-change
    2 | /infra/ @acme/sre
      | ^^^^^^^^^^^^^^^^^ after this CODEOWNERS change, paths matching * (now decided by /infra/) no longer need a review from @acme/dev

    docs/CODEOWNERS:2:1 guard/codeowners-change
    2 | /** @acme/dev
      | ^^^^^^^^^^^^^ after this CODEOWNERS change, paths matching /db/ (now decided by /**) no longer need a review from @acme/dba (does not block)"
  `);
});
