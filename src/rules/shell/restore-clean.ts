import type { Rule } from '../../core/rule.js';
import { hasOption, option, readArgs } from './lib/args.js';
import { isTestDatabase } from './lib/database-cli.js';
import { at, commandsRunning, envValue, isDisposableTarget, type ShellDocument } from './lib/document.js';

const WITH_VALUE = [
  '-d',
  '--dbname',
  '-h',
  '--host',
  '-p',
  '--port',
  '-U',
  '--username',
  '-j',
  '--jobs',
  '-n',
  '--schema',
  '-t',
  '--table',
  '-f',
  '--file',
  '-F',
  '--format',
  '-L',
  '--use-list',
  '-S',
  '--superuser',
  '--role',
];

export const restoreClean: Rule<ShellDocument, 'clean'> = {
  meta: {
    id: 'shell/restore-clean',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: '`pg_restore --clean` drops every object of the dump from the target database before recreating it.',
    messages: {
      clean:
        'pg_restore --clean drops the tables of the dump in the target database, with their rows, before restoring',
    },
    examples: {
      invalid: [
        { code: 'pg_restore --clean --if-exists -d "$PROD_DATABASE_URL" latest.dump\n', line: 1, path: 'scripts/x.sh' },
        { code: 'sudo -u postgres pg_restore -c -d app /backups/app.dump\n', line: 1, path: 'scripts/x.sh' },
      ],
      valid: [
        { code: 'pg_restore -d app_restore_check latest.dump\n', path: 'scripts/x.sh' },
        { code: 'pg_restore --clean -h localhost -d app latest.dump\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'pg_restore')) {
      const args = readArgs(command.argv, WITH_VALUE);
      if (
        !hasOption(args, '-c', '--clean') &&
        !args.options.some((o) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(o.name) && !o.name.startsWith('--'))
      )
        continue;
      const host = option(args, '-h', '--host')?.value ?? envValue(command, 'PGHOST');
      const database = option(args, '-d', '--dbname')?.value;
      if (isDisposableTarget(command, host)) continue;
      if (database !== undefined && isTestDatabase(database)) continue;
      report({ messageId: 'clean', ...at(command) });
    }
  },
};
