import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

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

it('reports a program named by a command substitution, in place or through a variable, and text rewritten into a shell', async () => {
  const script = [
    '#!/bin/bash',
    '$(echo dropdb) shop_production',
    `"$(printf 'terra%s' form)" destroy -auto-approve`,
    `cmd=$(printf '\\x64\\x72\\x6f\\x70\\x64\\x62')`,
    '$cmd -h db.internal app',
    'echo "dxrxoxpxdxb shop" | tr -d x | sh',
    "ls | sed 's/^/rm -rf /' | sh",
    'PY=$(command -v python3)',
    '$PY manage.py migrate',
    '$(npm bin)/eslint .',
    'COMPOSE="docker compose"',
    '$COMPOSE up -d',
    'echo "$(date) done"',
    '',
  ].join('\n');
  const found = (await findingsOf(script, 'scripts/x.sh')).filter((f) => f.ruleId === 'shell/opaque-execution');
  expect(found.map((f) => f.line)).toEqual([2, 3, 5, 6, 7]);
});
