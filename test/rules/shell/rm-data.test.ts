import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

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
    // a temporary directory the script may replace with its caller's argument
    {
      code: '#!/bin/sh\nwork="$(mktemp -d)"\nif [ -n "$1" ]; then work="$1"; fi\nrm -rf "$work/cache"\n',
      path: 'scripts/clean-work.sh',
      line: 4,
      messageId: 'unsetVariable',
    },
    // a variable set from something other than mktemp -d
    {
      code: '#!/bin/sh\nwork="$(cat .workdir)"\nrm -rf "$work/cache"\n',
      path: 'scripts/clean-work.sh',
      line: 3,
      messageId: 'unsetVariable',
    },
    // a whole system tree, and a detour through /tmp that ends in the data directory
    { code: 'sudo rm -rf /etc\n', path: 'ops/reset.sh', line: 1, messageId: 'dataPath' },
    {
      code: 'cd /\nrm -rf /tmp/x/../../var/lib/mysql\n',
      path: 'ops/reset.sh',
      line: 2,
      messageId: 'dataPath',
    },
    // the home folder itself
    { code: 'rm -rf "$HOME"/\n', path: 'scripts/reset.sh', line: 1, messageId: 'dataPath' },
    // a hosted runner is thrown away, the database host it reaches over ssh is not
    {
      code: 'jobs:\n  reset:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ssh deploy@db1 "sudo rm -rf /var/lib/postgresql/16/main"\n',
      path: '.github/workflows/reset.yml',
      line: 5,
      messageId: 'dataPath',
    },
    // an ansible ad hoc command runs on every host of the inventory
    {
      code: "ansible db -i inventories/prod -m shell -a 'rm -rf /var/lib/mysql'\n",
      path: 'ops/reset.sh',
      line: 1,
      messageId: 'dataPath',
    },
  ],
  valid: [
    // a directory mktemp made earlier in the same script
    {
      code: '#!/usr/bin/env bash\nset -euo pipefail\nworkdir="$(mktemp -d)"\ntrap \'rm -rf "$workdir"\' EXIT\nrm -rf "$workdir/node_modules/.cache"\n',
      path: 'scripts/package-release.sh',
    },
    { code: 'rm -rf ./build ./coverage\n', path: 'scripts/ops.sh' },
    // an image build: the files are in a layer of a throwaway build
    { code: 'FROM mysql:8\nRUN rm -rf /var/lib/mysql/*\n', path: 'Dockerfile' },
    // the :? guard stops an empty variable
    { code: 'rm -rf "${CACHE_DIR:?}/tmp"\n', path: 'scripts/ops.sh' },
    // variables the system always sets, and a subfolder of a system tree
    { code: 'rm -rf "$TMPDIR/junk" ${RUNNER_TEMP}/pkg "$HOME/.cache/pip"\n', path: 'scripts/ops.sh' },
    { code: 'sudo rm -rf /usr/share/dotnet /var/log/acme/old\n', path: 'scripts/ops.sh' },
    // a module that is not a command line, and an ad hoc command that removes a scratch folder
    {
      code: "ansible db -m file -a 'path=/var/lib/mysql state=absent' --check\nansible web -a 'rm -rf /tmp/build'\n",
      path: 'ops/x.sh',
    },
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
      | ^^^^^^^^^^^^^^^^^^^^^^^ rm -f -r …/*: if the variable is empty the path becomes the root of the filesystem

    scripts/clean-work.sh:4:1 shell/rm-data
    4 | rm -rf "$work/cache"
      | ^^^^^^^^^^^^^^^^^^^^ rm -rf …/cache: if the variable is empty the path becomes the root of the filesystem

    scripts/clean-work.sh:3:1 shell/rm-data
    3 | rm -rf "$work/cache"
      | ^^^^^^^^^^^^^^^^^^^^ rm -rf …/cache: if the variable is empty the path becomes the root of the filesystem

    ops/reset.sh:1:1 shell/rm-data
    1 | sudo rm -rf /etc
      | ^^^^^^^^^^^^^^^^ rm -rf /etc deletes data files that no backup on this machine can bring back

    ops/reset.sh:2:1 shell/rm-data
    2 | rm -rf /tmp/x/../../var/lib/mysql
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ rm -rf /tmp/x/../../var/lib/mysql deletes data files that no backup on this machine can bring back

    scripts/reset.sh:1:1 shell/rm-data
    1 | rm -rf "$HOME"/
      | ^^^^^^^^^^^^^^^ rm -rf …/ deletes data files that no backup on this machine can bring back

    .github/workflows/reset.yml:5:30 shell/rm-data
    5 |       - run: ssh deploy@db1 "sudo rm -rf /var/lib/postgresql/16/main"
      |                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ rm -rf /var/lib/postgresql/16/main deletes data files that no backup on this machine can bring back

    ops/reset.sh:1:45 shell/rm-data
    1 | ansible db -i inventories/prod -m shell -a 'rm -rf /var/lib/mysql'
      |                                             ^^^^^^^^^^^^^^^^^^^^^ rm -rf /var/lib/mysql deletes data files that no backup on this machine can bring back"
  `);
});

it('lets a retention sweep of a week or more through with a note, and blocks the rest', async () => {
  const judged = async (line: string) =>
    (await findingsOf(`#!/bin/sh\n${line}\n`, 'ops/backup/rotate.sh'))
      .filter((f) => f.ruleId === 'shell/rm-data')
      .map((f) => [f.line, f.blocking, f.downgradedBecause ?? null]);
  expect(await judged("find /var/backups/postgres -name 'app-*.dump' -type f -mtime +30 -delete")).toEqual([
    [2, false, 'retention: it deletes only files older than 30 days, so the newest ones stay'],
  ]);
  expect(await judged('find /srv/backups -mmin +20160 -delete')).toEqual([
    [2, false, 'retention: it deletes only files older than 14 days, so the newest ones stay'],
  ]);
  // no age at all, a window under a week, a test after -delete, an OR that reaches young files
  for (const line of [
    "find /var/backups/postgres -name 'app-*.dump' -delete",
    'find /var/backups/postgres -mtime +1 -delete',
    'find /var/backups/postgres -delete -mtime +30',
    "find /var/backups/postgres -mtime +30 -o -name '*.dump' -delete",
    'find /var/backups/postgres ! -mtime +30 -delete',
  ]) {
    expect(await judged(line), line).toEqual([[2, true, null]]);
  }
});
