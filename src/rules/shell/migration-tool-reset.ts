import type { Rule } from '../../core/rule.js';
import { hasOption, readArgs } from './lib/args.js';
import { at, display, envValue, programOf, type DocumentCommand, type ShellDocument } from './lib/document.js';

/** Tasks that empty the database a migration tool manages, by tool and subcommand. */
const TOOLS: { programs: string[]; task: (operands: string[], command: DocumentCommand) => string | undefined }[] = [
  { programs: ['flyway'], task: (o) => (o.includes('clean') ? 'clean' : undefined) },
  { programs: ['liquibase'], task: (o) => o.find((t) => /^drop-?all$/i.test(t)) },
  { programs: ['sequelize', 'sequelize-cli'], task: (o) => o.find((t) => t === 'db:drop') },
  {
    programs: ['typeorm', 'typeorm-ts-node-commonjs', 'typeorm-ts-node-esm'],
    task: (o) => o.find((t) => t === 'schema:drop'),
  },
  { programs: ['django-admin'], task: (o) => o.find((t) => t === 'flush' || t === 'reset_db') },
  {
    programs: ['python', 'python3'],
    task: (o) =>
      /manage\.py$/.test(o[0] ?? '') ? o.slice(1).find((t) => t === 'flush' || t === 'reset_db') : undefined,
  },
  { programs: ['manage.py'], task: (o) => o.find((t) => t === 'flush' || t === 'reset_db') },
  // Phoenix/Ecto: ecto.reset is ecto.drop then ecto.setup; the test environment's database is throwaway.
  {
    programs: ['mix'],
    task: (o, command) =>
      /^test$/.test(envValue(command, 'MIX_ENV') ?? '') ? undefined : o.find((t) => /^ecto\.(drop|reset)$/.test(t)),
  },
];

const RAILS_LOAD = /^db:(?:schema|structure):load$|^db:truncate_all$/;
const CREATES_DATABASE = /^db:(?:create|drop|reset|setup)(?::|$)/;

export const migrationToolReset: Rule<ShellDocument, 'reset' | 'railsLoad' | 'knexRollbackAll'> = {
  meta: {
    id: 'shell/migration-tool-reset',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration tool told to empty its database: `flyway clean`, `liquibase dropAll`, `sequelize db:drop`, `typeorm schema:drop`, `manage.py flush`, `knex migrate:rollback --all`, `mix ecto.drop`/`ecto.reset`, `rails db:schema:load` over an existing database.',
    messages: {
      reset: '{program} {task} drops every table (or row) of the database it manages',
      railsLoad:
        '{program} {task} recreates every table of the {env} database empty (the schema file uses force: :cascade)',
      knexRollbackAll: 'knex migrate:rollback --all runs every down migration, dropping the tables they created',
    },
    examples: {
      invalid: [
        { code: 'flyway -url="$PROD_JDBC_URL" clean migrate\n', line: 1, path: 'scripts/x.sh' },
        {
          code: '{\n  "scripts": {\n    "db:wipe": "npx sequelize-cli db:drop"\n  }\n}\n',
          line: 3,
          path: 'package.json',
        },
        { code: 'python manage.py flush --no-input\n', line: 1, path: 'scripts/x.sh' },
        { code: 'npx knex migrate:rollback --all\n', line: 1, path: 'scripts/x.sh' },
        { code: 'MIX_ENV=prod mix ecto.reset\n', line: 1, path: 'scripts/x.sh' },
        { code: 'RAILS_ENV=production bin/rails db:schema:load\n', line: 1, path: 'scripts/x.sh' },
      ],
      valid: [
        {
          code: 'dropdb --if-exists -h localhost app_dev\ncreatedb -h localhost app_dev\nbin/rails db:schema:load\n',
          path: 'scripts/x.sh',
        },
        { code: 'RAILS_ENV=test bin/rails db:schema:load\nflyway migrate\n', path: 'scripts/x.sh' },
        { code: 'MIX_ENV=test mix ecto.reset\nmix ecto.migrate\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    let databaseCreated = false;
    for (const command of doc.commands) {
      const program = programOf(command);
      const operands = readArgs(command.argv, [
        '-url',
        '-user',
        '-password',
        '--env',
        '--settings',
        '--database',
        '--knexfile',
      ]).positionals.map((p) => p.value);
      if (program === 'createdb' || (program === 'mysqladmin' && operands.includes('create'))) databaseCreated = true;
      const env = railsEnv(command);
      if (env !== undefined && /^test$/.test(env)) continue;
      if (program === 'rails' || program === 'rake') {
        // Loading a schema into a database the script has just created loses nothing.
        const created = databaseCreated || operands.some((o) => CREATES_DATABASE.test(o));
        const task = operands.find((o) => RAILS_LOAD.test(o));
        if (operands.some((o) => /^db:create/.test(o))) databaseCreated = true;
        if (task && !created)
          report({
            messageId: 'railsLoad',
            data: { program, task, env: env === undefined ? "application's" : display(env) },
            ...at(command),
          });
        continue;
      }
      if (program === 'knex') {
        if (operands.includes('migrate:rollback') && hasOption(readArgs(command.argv, []), '--all'))
          report({ messageId: 'knexRollbackAll', ...at(command) });
        continue;
      }
      const tool = TOOLS.find((t) => t.programs.includes(program));
      const task = tool?.task(operands, command);
      if (task) report({ messageId: 'reset', data: { program, task }, ...at(command) });
    }
  },
};

function railsEnv(command: DocumentCommand): string | undefined {
  const arg = command.argv.find((a) => a.startsWith('RAILS_ENV='));
  return arg !== undefined
    ? arg.slice('RAILS_ENV='.length)
    : (envValue(command, 'RAILS_ENV') ?? envValue(command, 'RACK_ENV'));
}
