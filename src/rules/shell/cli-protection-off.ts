import type { Rule } from '../../core/rule.js';
import { catalogHits } from './lib/catalog.js';
import type { ShellDocument } from './lib/document.js';

/** Its commands are rows of the command catalog (command-catalog.ts) with a `flag`. */
export const cliProtectionOff: Rule<ShellDocument, 'off'> = {
  meta: {
    id: 'shell/cli-protection-off',
    family: 'shell',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A cloud CLI option that takes a protection off the data it acts on: `--skip-final-snapshot`, `--delete-automated-backups`, `--no-deletion-protection`, backup retention set to 0, bucket versioning suspended.',
    messages: { off: '{option} on {command} gives up {loses}' },
    examples: {
      invalid: [
        {
          code: 'aws rds delete-db-instance \\\n  --db-instance-identifier orders \\\n  --skip-final-snapshot\n',
          line: 3,
          path: 'scripts/x.sh',
        },
        {
          code: 'gcloud sql instances patch billing --no-deletion-protection --quiet\n',
          line: 1,
          path: 'scripts/x.sh',
        },
        {
          code: 'aws rds modify-db-instance --db-instance-identifier orders \\\n  --backup-retention-period 0 --apply-immediately\n',
          line: 2,
          path: 'scripts/x.sh',
        },
      ],
      valid: [
        {
          code: 'aws rds delete-db-instance --db-instance-identifier orders --final-db-snapshot-identifier orders-final\n',
          path: 'scripts/x.sh',
        },
        {
          code: 'aws rds modify-db-instance --db-instance-identifier orders --deletion-protection\n',
          path: 'scripts/x.sh',
        },
      ],
    },
  },
  check(doc, report) {
    for (const command of doc.commands) {
      for (const { row, args, program } of catalogHits(command, 'shell/cli-protection-off')) {
        const given = args.options.find(
          (o) => row.flag!.includes(o.name) && (row.flagValue === undefined || row.flagValue.test(o.value ?? '')),
        );
        if (!given) continue;
        const span = command.argSpans[given.index] ?? command.span;
        const separate = given.value !== undefined && command.argv[given.index] === given.name;
        const end = separate ? (command.argSpans[given.index + 1] ?? span) : span;
        report({
          messageId: 'off',
          data: { option: given.name, command: `${program} ${row.path}`, loses: row.destroys },
          span: { start: span.start, end: Math.max(span.end, end.end) },
          unit: command.span,
        });
      }
    }
  },
};
