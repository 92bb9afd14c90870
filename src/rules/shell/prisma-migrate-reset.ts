import type { Rule } from '../../core/rule.js';
import { dynamicArgument, hasSubcommand, option, readArgs } from './lib/args.js';
import { commandsRunning, display, type ShellDocument } from './lib/document.js';

const WITH_VALUE = ['--schema', '--config'];

export const prismaMigrateReset: Rule<ShellDocument, 'migrateReset' | 'forceReset' | 'acceptDataLoss' | 'dynamic'> = {
  meta: {
    id: 'shell/prisma-migrate-reset',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`prisma migrate reset --force`, `prisma db push --force-reset` or `--accept-data-loss`: Prisma drops the data without asking.',
    messages: {
      migrateReset:
        'prisma migrate reset --force drops the database (or every table in its schema) without asking, then reapplies migrations',
      forceReset: 'prisma db push --force-reset drops every table and recreates the schema empty',
      acceptDataLoss:
        'prisma db push --accept-data-loss applies schema changes that drop tables or columns and their data',
      dynamic: 'prisma migrate reset with an argument decided at run time ({arg}) may be --force',
    },
    examples: {
      invalid: [
        {
          code: '{\n  "scripts": {\n    "db:fresh": "prisma migrate reset --force && prisma db seed"\n  }\n}\n',
          line: 3,
          path: 'package.json',
        },
        {
          code: '#!/bin/sh\nset -e\npnpm exec prisma db push --accept-data-loss --skip-generate\n',
          line: 3,
          path: 'scripts/deploy.sh',
        },
        { code: 'cd api\nnpx prisma db push --force-reset\n', line: 2, path: 'scripts/x.sh' },
      ],
      valid: [
        { code: '{\n  "scripts": {\n    "migrate:dev": "prisma migrate dev"\n  }\n}\n', path: 'package.json' },
        { code: 'npx prisma migrate deploy\nnpx prisma db push\n', path: 'scripts/x.sh' },
        { code: 'prisma migrate reset\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'prisma')) {
      const args = readArgs(command.argv, WITH_VALUE);
      const at = { span: command.span, unit: command.span };
      if (hasSubcommand(args, 'migrate', 'reset')) {
        const dynamic = dynamicArgument(args);
        if (option(args, '--force', '-f')) report({ messageId: 'migrateReset', ...at });
        else if (dynamic !== undefined) report({ messageId: 'dynamic', data: { arg: display(dynamic) }, ...at });
      } else if (hasSubcommand(args, 'db', 'push')) {
        if (option(args, '--force-reset')) report({ messageId: 'forceReset', ...at });
        else if (option(args, '--accept-data-loss')) report({ messageId: 'acceptDataLoss', ...at });
      }
    }
  },
};
