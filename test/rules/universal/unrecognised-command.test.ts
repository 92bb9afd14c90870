import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // kubectl delete namespace in a TOML value
    {
      code: '[hooks]\npost = "kubectl delete namespace payments"\n',
      path: 'deploy/hooks.toml',
      line: 2,
      messageId: 'command',
    },
    // an extensionless file without a shebang
    { code: 'dropdb shop\n', path: 'bin/reset', line: 1, messageId: 'command' },
  ],
  valid: [
    { code: '[hooks]\npost = "kubectl get pods"\n', path: 'deploy/hooks.toml' },
    // prose about a command
    { code: 'To start over, a DBA may drop the database by hand.\n', path: 'ops/notes.txt' },
  ],
};

ruleTester('universal/unrecognised-command', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('universal/unrecognised-command', cases.invalid)).toMatchInlineSnapshot(`
    "deploy/hooks.toml:2:9 universal/unrecognised-command
    2 | post = "kubectl delete namespace payments"
      |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kubectl delete namespace payments deletes it with the volumes and data it holds; it is written in a TOML value, a context two-key has no reader for, so whatever runs it is unknown and it needs approval

    bin/reset:1:1 universal/unrecognised-command
    1 | dropdb shop
      | ^^^^^^^^^^^ dropdb shop drops the database and every table in it; it is written in line 1 of a text file, a context two-key has no reader for, so whatever runs it is unknown and it needs approval"
  `);
});
