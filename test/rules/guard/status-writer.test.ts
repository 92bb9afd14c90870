import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // checks: write at job level
    {
      code: 'on: pull_request\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    permissions:\n      checks: write\n    steps:\n      - run: echo hi\n',
      path: '.github/workflows/ok.yml',
      line: 6,
      messageId: 'permission',
    },
    // write-all
    {
      code: 'on: pull_request\npermissions: write-all\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
      path: '.github/workflows/ok.yml',
      line: 2,
      messageId: 'permission',
    },
  ],
  valid: [
    {
      code: 'on: pull_request\npermissions:\n  pull-requests: write\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
      path: '.github/workflows/ok.yml',
    },
    // read-all
    {
      code: 'on: pull_request\npermissions: read-all\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
      path: '.github/workflows/ok.yml',
    },
  ],
};

ruleTester('guard/status-writer', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('guard/status-writer', cases.invalid)).toMatchInlineSnapshot(`
    ".github/workflows/ok.yml:6:7 guard/status-writer
    6 |       checks: write
      |       ^^^^^^^^^^^^^ this workflow gets checks: write: a workflow that can write commit statuses or check runs can post a two-key success on any commit

    .github/workflows/ok.yml:2:1 guard/status-writer
    2 | permissions: write-all
      | ^^^^^^^^^^^^^^^^^^^^^^ this workflow gets permissions: write-all: a workflow that can write commit statuses or check runs can post a two-key success on any commit"
  `);
});
