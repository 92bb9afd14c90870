import type { Rule } from '../../core/rule.js';
import { DATA_PATH, normalised } from './lib/data-paths.js';
import {
  at,
  commandsRunning,
  display,
  runsOnThrowaway,
  programOf,
  type DocumentCommand,
  type ShellDocument,
} from './lib/document.js';

/** Block devices and partitions: a disk, an NVMe namespace, a logical volume, a mapped device. */
const DEVICE = /^\/dev\/(sd|hd|vd|xvd|nvme|mmcblk|md|dm-|disk\/|mapper\/|loop|[a-z0-9_-]+\/)/;

/** Programs that lay a new file system, label or zeros over a whole device. */
const FORMATTERS = /^(mkfs(\.\w+)?|mke2fs|mkswap|wipefs|blkdiscard|sgdisk|sfdisk)$/;

/** Options of the formatters that only print or check (`sgdisk -p`, `wipefs` without `-a` lists signatures). */
function formatsDevice(program: string, args: readonly string[]): boolean {
  if (program === 'wipefs') return args.some((a) => a === '--all' || /^-[a-zA-Z]*a/.test(a));
  if (program === 'sgdisk') return args.some((a) => a === '--zap-all' || a === '--clear' || /^-[a-zA-Z]*[Zo]/.test(a));
  if (program === 'sfdisk') return !args.some((a) => /^-(l|d|s|V)$|^--(list|dump|show-size|verify)$/.test(a));
  return true;
}

export const diskWipe: Rule<ShellDocument, 'device' | 'dataFile'> = {
  meta: {
    id: 'shell/disk-wipe',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`dd of=/dev/...`, `mkfs`, `wipefs -a`, `blkdiscard`, `sgdisk --zap-all` on a block device, and `shred` or `truncate -s 0` of a database file or data directory: the bytes are overwritten, not moved.',
    messages: {
      device: '{command} overwrites {device}: every file system and byte on it is lost',
      dataFile: '{command} {path} overwrites the data file in place',
    },
    examples: {
      invalid: [
        { code: 'sudo dd if=/dev/zero of=/dev/nvme1n1 bs=1M count=100\n', line: 1, path: 'ops/reprovision.sh' },
        {
          code: 'mkfs.ext4 -F /dev/xvdf\nmount /dev/xvdf /var/lib/postgresql\n',
          line: 1,
          path: 'ops/attach-volume.sh',
        },
        { code: 'shred -u /srv/app/db/production.sqlite3\n', line: 1, path: 'scripts/decommission.sh' },
      ],
      valid: [
        { code: 'dd if=/dev/urandom of=./fixtures/blob.bin bs=1K count=4\n', path: 'scripts/fixtures.sh' },
        { code: 'wipefs /dev/sdb\nlsblk\n', path: 'ops/inspect-disk.sh' },
        { code: 'truncate -s 0 ./log/test.log\n', path: 'scripts/clean.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of doc.commands) {
      if (runsOnThrowaway(command)) continue;
      const program = programOf(command);
      const args = command.argv.slice(1);
      if (program === 'dd') {
        const target = args.find((a) => a.startsWith('of='))?.slice(3);
        if (target !== undefined && DEVICE.test(target)) reportDevice(command, `dd of=${target}`, target);
      } else if (FORMATTERS.test(program) && formatsDevice(program, args)) {
        const device = args.find((a) => DEVICE.test(a));
        if (device !== undefined) reportDevice(command, program, device);
      } else if (program === 'shred') {
        const target = args.find((a) => !a.startsWith('-') && (DEVICE.test(a) || DATA_PATH.test(normalised(a))));
        if (target === undefined) continue;
        if (DEVICE.test(target)) reportDevice(command, 'shred', target);
        else report({ messageId: 'dataFile', data: { command: 'shred', path: display(target) }, ...at(command) });
      }
    }
    for (const command of commandsRunning(doc, 'truncate')) {
      if (runsOnThrowaway(command)) continue;
      const args = command.argv.slice(1);
      const size = args.find((a, i) => args[i - 1] === '-s' || args[i - 1] === '--size') ?? '';
      const inline = args.find((a) => /^(-s|--size=)0$/.test(a));
      if (size !== '0' && !inline) continue;
      const path = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-s' && args[i - 1] !== '--size');
      if (path !== undefined && DATA_PATH.test(normalised(path)))
        report({ messageId: 'dataFile', data: { command: 'truncate -s 0', path: display(path) }, ...at(command) });
    }

    function reportDevice(command: DocumentCommand, what: string, device: string) {
      report({ messageId: 'device', data: { command: display(what), device: display(device) }, ...at(command) });
    }
  },
};
