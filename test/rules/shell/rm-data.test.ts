import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // the PostgreSQL data directory from a self-hosted runner, which is not thrown away
    {
      code: 'jobs:\n  reset:\n    runs-on: [self-hosted, db]\n    steps:\n      - run: sudo rm -rf /var/lib/postgresql/16/main\n',
      path: '.github/workflows/reset.yml',
      line: 5,
      messageId: 'dataPath',
    },
    // flags split and in another order
    { code: 'rm -f -r "$DATA_ROOT"/*\n', path: 'scripts/ops.sh', line: 1, messageId: 'unsetVariable' },
  ],
  valid: [
    { code: 'rm -rf ./build ./coverage\n', path: 'scripts/ops.sh' },
    // an image build: the files are in a layer of a throwaway build
    { code: 'FROM mysql:8\nRUN rm -rf /var/lib/mysql/*\n', path: 'Dockerfile' },
    // the :? guard stops an empty variable
    { code: 'rm -rf "${CACHE_DIR:?}/tmp"\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/rm-data', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/rm-data', cases.invalid)).toMatchInlineSnapshot(`
    ".github/workflows/reset.yml:5:14 shell/rm-data
    5 |       - run: sudo rm -rf /var/lib/postgresql/16/main
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ rm -rf /var/lib/postgresql/16/main deletes data files that no backup on this machine can bring back

    scripts/ops.sh:1:1 shell/rm-data
    1 | rm -f -r "$DATA_ROOT"/*
      | ^^^^^^^^^^^^^^^^^^^^^^^ rm -f -r …/*: if the variable is empty the path becomes the root of the filesystem"
  `);
});
