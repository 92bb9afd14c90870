import type { Rule } from '../../core/rule.js';
import type { ShellCommand } from '../../parsers/shell/commands.js';
import { option, readArgs } from './lib/args.js';
import { isTestDatabase } from './lib/database-cli.js';
import {
  commandsRunning,
  display,
  envValue,
  isDisposableTarget,
  lastOf,
  programOf,
  type ShellDocument,
} from './lib/document.js';

const DROPDB_WITH_VALUE = ['-h', '--host', '-p', '--port', '-U', '--username', '--maintenance-db'];
/** mysqladmin's `-p` takes its password attached only (`-psecret`), so it is not listed. */
const MYSQLADMIN_WITH_VALUE = ['-h', '--host', '-u', '--user', '-P', '--port', '-S', '--socket', '--protocol'];
const HELP = ['--help', '-?', '--version', '-V'];
/** `db:drop`, `db:drop:all`, `db:drop:primary`, `db:reset`, `db:migrate:reset`: each drops the database first. */
const RAILS_TASK = /^db:(?:drop|reset|migrate:reset)(?::[\w-]+)?$/;

type MessageId = 'dropdb' | 'mysqladmin' | 'rails' | 'railsUnchecked';

export const dropDatabaseCommand: Rule<ShellDocument, MessageId> = {
  meta: {
    id: 'shell/drop-database-command',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A command that drops a whole database: `dropdb`, `mysqladmin drop`, `rails`/`rake` `db:drop` or `db:reset`.',
    messages: {
      dropdb: 'dropdb {name} drops the database and every table in it',
      mysqladmin: 'mysqladmin drop {name} drops the database and every table in it',
      rails: '{program} {task} drops the {env} database and every table in it',
      railsUnchecked:
        "{program} {task} drops the {env} database, with DISABLE_DATABASE_ENVIRONMENT_CHECK turning off Rails' refusal to drop production",
    },
    examples: {
      invalid: [
        {
          code: '#!/usr/bin/env bash\nset -euo pipefail\n\ndropdb --if-exists -h db.internal.example.com app\ncreatedb app\n',
          line: 4,
          path: 'scripts/reset-db.sh',
        },
        {
          code: '{\n  "scripts": {\n    "db:reset": "bundle exec rake db:reset",\n    "start": "rails s"\n  }\n}\n',
          line: 3,
          path: 'package.json',
        },
        { code: 'echo resetting\nsudo mysqladmin -f -u root drop shop\n', line: 2, path: 'scripts/x.sh' },
        {
          code: 'RAILS_ENV=production DISABLE_DATABASE_ENVIRONMENT_CHECK=1 bin/rails db:drop db:create\n',
          line: 1,
          path: 'scripts/x.sh',
        },
      ],
      valid: [
        {
          code: 'dropdb --if-exists -h localhost "$DB_NAME"\ncreatedb -h localhost "$DB_NAME"\n',
          path: 'scripts/x.sh',
        },
        { code: 'bin/rails db:schema:load db:seed\nrails db:migrate\n', path: 'scripts/x.sh' },
        { code: '{\n  "scripts": {\n    "drop": "echo dropdb app"\n  }\n}\n', path: 'package.json' },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'dropdb', 'mysqladmin', 'rails', 'rake')) {
      const program = programOf(command);
      const at = { span: command.span, unit: command.span };
      if (program === 'dropdb') {
        const args = readArgs(command.argv, DROPDB_WITH_VALUE);
        if (option(args, ...HELP)) continue;
        const host = option(args, '-h', '--host')?.value ?? envValue(command, 'PGHOST');
        if (isDisposableTarget(command, host) || isTestDatabase(args.positionals[0]?.value ?? '')) continue;
        report({ messageId: 'dropdb', data: { name: databaseName(args.positionals[0]?.value) }, ...at });
      } else if (program === 'mysqladmin') {
        const args = readArgs(command.argv, MYSQLADMIN_WITH_VALUE);
        const drop = args.positionals.findIndex((p) => p.value.toLowerCase() === 'drop');
        if (drop < 0 || option(args, ...HELP)) continue;
        const host = option(args, '-h', '--host')?.value ?? envValue(command, 'MYSQL_HOST');
        if (isDisposableTarget(command, host) || isTestDatabase(args.positionals[drop + 1]?.value ?? '')) continue;
        report({ messageId: 'mysqladmin', data: { name: databaseName(args.positionals[drop + 1]?.value) }, ...at });
      } else {
        const task = readArgs(command.argv, []).positionals.find((p) => RAILS_TASK.test(p.value));
        if (railsSetting(command, 'RAILS_ENV') === 'test') continue;
        if (task)
          report({
            messageId: unchecked(command) ? 'railsUnchecked' : 'rails',
            data: railsData(command, task.value),
            ...at,
          });
      }
    }
  },
};

function databaseName(value: string | undefined): string {
  return value === undefined ? '(the default database)' : display(value);
}

/** Rails reads its settings from the environment, and rake also from `NAME=value` arguments. */
function railsSetting(command: ShellCommand, name: string): string | undefined {
  const argument = lastOf(command.argv.slice(1), (a) => a.startsWith(`${name}=`));
  return argument !== undefined ? argument.slice(name.length + 1) : envValue(command, name);
}

function railsData(command: ShellCommand, task: string): Record<string, string> {
  const env = railsSetting(command, 'RAILS_ENV') ?? railsSetting(command, 'RACK_ENV');
  return { program: programOf(command), task, env: env === undefined ? "application's" : display(env) };
}

function unchecked(command: ShellCommand): boolean {
  return Boolean(railsSetting(command, 'DISABLE_DATABASE_ENVIRONMENT_CHECK'));
}
