import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // wget piped to sh in a Dockerfile
    {
      code: 'FROM alpine\nRUN wget -qO- https://example.com/setup.sh | sh\n',
      path: 'Dockerfile',
      line: 2,
      messageId: 'downloaded',
    },
    // sh -c of a variable
    { code: 'sh -c "$CLEANUP_CMD"\n', path: 'scripts/ops.sh', line: 1, messageId: 'dynamicScript' },
  ],
  valid: [
    {
      code: 'curl -fsSL https://example.com/setup.sh -o setup.sh\nsha256sum -c setup.sh.sha256\n',
      path: 'scripts/ops.sh',
    },
    { code: "sh -c 'echo ready'\n", path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/opaque-execution', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/opaque-execution', cases.invalid)).toMatchInlineSnapshot(`
    "Dockerfile:2:46 shell/opaque-execution
    2 | RUN wget -qO- https://example.com/setup.sh | sh
      |                                              ^^ wget output is run by sh: the script is not in the change and can change at any time

    scripts/ops.sh:1:1 shell/opaque-execution
    1 | sh -c "$CLEANUP_CMD"
      | ^^^^^^^^^^^^^^^^^^^^ sh -c runs a script decided at run time; two-key cannot see what it will do"
  `);
});
