import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // the bridge given an if: false job
    {
      code: 'name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    if: false\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
      path: '.github/workflows/two-key-review-bridge.yml',
      base: 'name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
      line: 7,
      messageId: 'weakened',
    },
    // the bridge trigger replaced
    {
      code: 'name: two-key review bridge\non:\n  workflow_dispatch:\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
      path: '.github/workflows/two-key-review-bridge.yml',
      base: 'name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
      line: 2,
      messageId: 'weakened',
    },
  ],
  valid: [
    // a comment in the bridge
    {
      code: '# keeps the gate fresh\nname: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
      path: '.github/workflows/two-key-review-bridge.yml',
      base: 'name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
    },
    // an unrelated workflow deleted
    {
      code: '',
      path: '.github/workflows/docs.yml',
      base: 'name: docs\non: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo docs\n',
    },
  ],
};

ruleTester('guard/trigger-chain-change', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('guard/trigger-chain-change', cases.invalid)).toMatchInlineSnapshot(`
    ".github/workflows/two-key-review-bridge.yml:7:1 guard/trigger-chain-change
    7 |     if: false
      | ^^^^^^^^^^^^^ this change changes what the review bridge (it runs on pull_request_review and wakes the gate up) does; reviews would stop re-running the gate, so its verdict could go stale

    .github/workflows/two-key-review-bridge.yml:2:1 guard/trigger-chain-change
    2 | on:
      | ^^^ this change stops running on pull_request_review: the review bridge (it runs on pull_request_review and wakes the gate up) no longer wakes the gate up on every review; reviews would stop re-running the gate, so its verdict could go stale (to line 3)"
  `);
});
