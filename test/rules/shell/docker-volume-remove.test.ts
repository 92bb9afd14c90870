import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // the long --volumes flag, legacy docker-compose
    {
      code: 'docker-compose down --volumes --remove-orphans\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'composeDown',
    },
    // system prune in a Makefile
    { code: 'clean:\n\tdocker system prune -af --volumes\n', path: 'Makefile', line: 2, messageId: 'systemPrune' },
  ],
  valid: [
    { code: 'docker compose down --remove-orphans\n', path: 'scripts/ops.sh' },
    { code: 'docker system prune -af\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/docker-volume-remove', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/docker-volume-remove', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:1 shell/docker-volume-remove
    1 | docker-compose down --volumes --remove-orphans
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ docker-compose down -v deletes the named volumes of the project, database data included

    Makefile:2:2 shell/docker-volume-remove
    2 |  docker system prune -af --volumes
      |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ docker system prune --volumes deletes every volume no container uses"
  `);
});
