import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // continue-on-error on the gate step
    {
      code: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n        continue-on-error: true\n',
      path: '.github/workflows/two-key.yml',
      base: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
      line: 7,
      messageId: 'weakened',
    },
    // a name added: workflow_run triggers and required checks name workflows by it
    {
      code: 'name: two-key\non: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
      path: '.github/workflows/two-key.yml',
      base: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
      line: 1,
      messageId: 'weakened',
    },
    // the trigger moved to pull_request with paths-ignore
    {
      code: "on:\n  pull_request_target:\n    paths-ignore: ['db/**']\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n",
      path: '.github/workflows/two-key.yml',
      base: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
      line: 1,
      messageId: 'weakened',
    },
  ],
  valid: [
    // another workflow
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run build\n',
      path: '.github/workflows/build.yml',
      base: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci\n',
    },
    // the trigger quoted
    {
      code: 'on: "pull_request_target"\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
      path: '.github/workflows/two-key.yml',
      base: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
    },
  ],
};

ruleTester('guard/gate-workflow-change', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('guard/gate-workflow-change', cases.invalid)).toMatchInlineSnapshot(`
    ".github/workflows/two-key.yml:7:9 guard/gate-workflow-change
    7 |         continue-on-error: true
      |         ^^^^^^^^^^^^^^^^^^^^^^^ this change sets continue-on-error on the two-key step; the gate that holds risky changes for approval depends on this workflow

    .github/workflows/two-key.yml:1:1 guard/gate-workflow-change
    1 | name: two-key
      | ^^^^^^^^^^^^^ this change changes what the gate workflow does besides the two-key job (permissions, concurrency, other jobs); the gate that holds risky changes for approval depends on this workflow

    .github/workflows/two-key.yml:1:1 guard/gate-workflow-change
    1 | on:
      | ^^^ this change narrows when it runs on pull_request_target; the gate that holds risky changes for approval depends on this workflow (to line 3)"
  `);
});
