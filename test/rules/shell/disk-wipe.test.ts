import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a self-hosted runner keeps its disks: zeroing one in a workflow step
    {
      code: 'jobs:\n  wipe:\n    runs-on: [self-hosted, db]\n    steps:\n      - run: sudo wipefs --all /dev/sdb\n',
      path: '.github/workflows/wipe.yml',
      line: 5,
      messageId: 'device',
    },
    // truncating the database file to nothing, in a Makefile recipe
    { code: 'reset:\n\ttruncate -s 0 /var/lib/app/prod.db\n', path: 'Makefile', line: 2, messageId: 'dataFile' },
    // sgdisk with the zap option spelled short
    { code: 'sgdisk -Z /dev/nvme0n1\n', path: 'ops/repartition.sh', line: 1, messageId: 'device' },
  ],
  valid: [
    // dd into a file of the repository
    { code: 'dd if=/dev/zero of=build/disk.img bs=1M count=64\n', path: 'scripts/image.sh' },
    // a hosted runner is thrown away after the job
    {
      code: 'jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: sudo mkfs.ext4 -F /dev/loop0\n',
      path: '.github/workflows/t.yml',
    },
    // printing the partition table
    { code: 'sgdisk -p /dev/nvme0n1\nsfdisk --list /dev/sda\n', path: 'ops/inspect.sh' },
  ],
};

ruleTester('shell/disk-wipe', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/disk-wipe', cases.invalid)).toMatchInlineSnapshot(`
    ".github/workflows/wipe.yml:5:14 shell/disk-wipe
    5 |       - run: sudo wipefs --all /dev/sdb
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^ wipefs overwrites /dev/sdb: every file system and byte on it is lost

    Makefile:2:2 shell/disk-wipe
    2 |  truncate -s 0 /var/lib/app/prod.db
      |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ truncate -s 0 /var/lib/app/prod.db overwrites the data file in place

    ops/repartition.sh:1:1 shell/disk-wipe
    1 | sgdisk -Z /dev/nvme0n1
      | ^^^^^^^^^^^^^^^^^^^^^^ sgdisk overwrites /dev/nvme0n1: every file system and byte on it is lost"
  `);
});
