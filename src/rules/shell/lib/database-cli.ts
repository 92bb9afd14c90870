import { isTestDatabase } from '../../../parsers/shell/test-database.js';
import { DYNAMIC, isDynamic } from '../../../parsers/shell/commands.js';
import type { SqlDialect } from '../../../core/sql-operations.js';
import type { OffsetMap } from '../../../parsers/offset-map.js';
import { isLocalHost, isLocalUrl, option, readArgs, type ParsedArgs } from './args.js';
import { envValue, isDisposableTarget, programOf, type DocumentCommand } from './document.js';

/** SQL a database command line runs, in the file's offsets. */
export interface CliSql {
  text: string;
  toFile: OffsetMap;
  /** `-c`, `-e`, a heredoc: for messages. */
  via: string;
}

export interface DatabaseCliCall {
  program: string;
  dialect: SqlDialect;
  sql: CliSql[];
  /** `-c "$QUERY"`: SQL wholly decided at run time. */
  dynamic: string[];
  /** Against this machine, a service container of the job, or a test database: nothing kept is at stake. */
  local: boolean;
}

interface CliSyntax {
  dialect: SqlDialect;
  withValue: string[];
  sqlOptions: string[];
  host: (args: ParsedArgs, command: DocumentCommand) => string | undefined;
  database: (args: ParsedArgs) => string | undefined;
}

const CLIS: Record<string, CliSyntax> = {
  psql: {
    dialect: 'postgres',
    withValue: [
      '-c',
      '--command',
      '-d',
      '--dbname',
      '-f',
      '--file',
      '-h',
      '--host',
      '-p',
      '--port',
      '-U',
      '--username',
      '-v',
      '--set',
      '--variable',
      '-o',
      '--output',
      '-P',
      '--pset',
      '-F',
      '-R',
      '-T',
      '-L',
      '--log-file',
    ],
    sqlOptions: ['-c', '--command'],
    host: (args, command) => {
      const explicit = option(args, '-h', '--host')?.value;
      if (explicit !== undefined) return explicit;
      const target = option(args, '-d', '--dbname')?.value ?? args.positionals[0]?.value;
      return (target !== undefined ? hostOfTarget(target) : undefined) ?? envValue(command, 'PGHOST');
    },
    database: (args) => {
      const target = option(args, '-d', '--dbname')?.value ?? args.positionals[0]?.value;
      return target !== undefined ? databaseOfTarget(target) : undefined;
    },
  },
  mysql: {
    dialect: 'mysql',
    withValue: [
      '-e',
      '--execute',
      '-h',
      '--host',
      '-u',
      '--user',
      '-P',
      '--port',
      '-D',
      '--database',
      '-S',
      '--socket',
      '--protocol',
    ],
    sqlOptions: ['-e', '--execute'],
    host: (args, command) => option(args, '-h', '--host')?.value ?? envValue(command, 'MYSQL_HOST'),
    database: (args) => option(args, '-D', '--database')?.value ?? args.positionals[0]?.value,
  },
  // ClickHouse's client takes SQL with --query/-q (MySQL-like quoting), Snowflake's with -q/--query.
  'clickhouse-client': {
    dialect: 'mysql',
    withValue: ['--query', '-q', '--host', '-h', '--port', '--user', '-u', '--password', '--database', '-d'],
    sqlOptions: ['--query', '-q'],
    host: (args, command) => option(args, '-h', '--host')?.value ?? envValue(command, 'CLICKHOUSE_HOST'),
    database: (args) => option(args, '-d', '--database')?.value,
  },
  snowsql: {
    dialect: 'postgres',
    withValue: [
      '-q',
      '--query',
      '-a',
      '--accountname',
      '-u',
      '--username',
      '-d',
      '--dbname',
      '-s',
      '--schemaname',
      '-w',
      '-r',
      '-c',
      '-f',
    ],
    sqlOptions: ['-q', '--query'],
    host: (args) => option(args, '-a', '--accountname')?.value,
    database: (args) => option(args, '-d', '--dbname')?.value,
  },
  sqlcmd: {
    dialect: 'sqlserver',
    withValue: ['-Q', '-q', '-S', '-d', '-U', '-P', '-i', '-o'],
    sqlOptions: ['-Q', '-q'],
    host: (args) => option(args, '-S')?.value?.replace(/^tcp:/i, '').split(/[,\\]/)[0],
    database: (args) => option(args, '-d')?.value,
  },
};

/** The SQL a `psql`/`mysql`/`mariadb`/`clickhouse-client`/`snowsql`/`sqlite3`/`sqlcmd` command runs and whether its target is local. */
export function databaseCliCall(command: DocumentCommand): DatabaseCliCall | undefined {
  const program = programOf(command);
  if (program === 'sqlite3') return sqliteCall(command);
  if (program === 'wrangler') return d1Call(command);
  const syntax = CLIS[program === 'mariadb' ? 'mysql' : program];
  if (!syntax) return undefined;
  const args = readArgs(command.argv, syntax.withValue);
  const sql: CliSql[] = [];
  const dynamic: string[] = [];
  for (const o of args.options) {
    if (!syntax.sqlOptions.includes(o.name) || o.value === undefined) continue;
    const index = command.argv[o.index] === o.name ? o.index + 1 : o.index;
    addSql(command, index, o.value, o.name, sql, dynamic);
  }
  if (command.stdin) sql.push({ text: command.stdin.text, toFile: command.stdin.map, via: 'stdin' });
  const host = syntax.host(args, command);
  const database = syntax.database(args);
  // A throwaway runner makes only the runner itself local: a host the command names (or a URL
  // only known at run time, a secret) is elsewhere, and outlives the job.
  const local = isDisposableTarget(command, host) || (database !== undefined && isTestDatabase(database));
  return { program, dialect: syntax.dialect, sql, dynamic, local };
}

/** `sqlite3 [options] FILE [SQL ...]`: a file on this machine. */
function sqliteCall(command: DocumentCommand): DatabaseCliCall {
  const args = readArgs(command.argv, ['-cmd', '-separator', '-nullvalue', '-init']);
  const sql: CliSql[] = [];
  const dynamic: string[] = [];
  for (const p of args.positionals.slice(1)) addSql(command, p.index, p.value, 'an argument', sql, dynamic);
  for (const o of args.options)
    if (o.name === '-cmd' && o.value !== undefined) addSql(command, o.index + 1, o.value, '-cmd', sql, dynamic);
  if (command.stdin) sql.push({ text: command.stdin.text, toFile: command.stdin.map, via: 'stdin' });
  const file = args.positionals[0]?.value ?? ':memory:';
  const local =
    command.origin.throwaway ||
    file === ':memory:' ||
    isTestDatabase(file) ||
    /(^|\/)(tmp|test|tests|spec)\//.test(file);
  return { program: 'sqlite3', dialect: 'sqlite', sql, dynamic, local };
}

/**
 * `wrangler d1 execute DB --command "SQL"` (or SQL on stdin): Cloudflare D1, SQLite's dialect. Without
 * `--remote` it runs against the local development copy.
 */
function d1Call(command: DocumentCommand): DatabaseCliCall | undefined {
  if (command.argv[1] !== 'd1' || command.argv[2] !== 'execute') return undefined;
  const args = readArgs(command.argv, ['--command', '--file', '--env', '-e', '--config', '-c', '--persist-to']);
  const sql: CliSql[] = [];
  const dynamic: string[] = [];
  for (const o of args.options) {
    if (o.name !== '--command' || o.value === undefined) continue;
    const index = command.argv[o.index] === o.name ? o.index + 1 : o.index;
    addSql(command, index, o.value, o.name, sql, dynamic);
  }
  const local = !args.options.some((o) => o.name === '--remote');
  return { program: 'wrangler d1', dialect: 'sqlite', sql, dynamic, local };
}

function addSql(
  command: DocumentCommand,
  index: number,
  value: string,
  via: string,
  sql: CliSql[],
  dynamic: string[],
): void {
  // SQL that is nothing but expansions cannot be read; a few expansions inside it read as a name.
  if (!value.replaceAll(DYNAMIC, '').trim()) {
    dynamic.push(via);
    return;
  }
  const span = command.argSpans[index];
  if (!span) return;
  const text = value.replaceAll(DYNAMIC, 'x');
  const length = text.length;
  // Words carry one span; the SQL points at the word, so its line is the command's line the word is on.
  sql.push({ text, toFile: (offset) => (offset < length ? span.start : span.end), via });
}

/** `postgres://user@host:5432/db` or `host=db.internal dbname=app`. */
function hostOfTarget(target: string): string | undefined {
  if (isDynamic(target)) return DYNAMIC;
  if (/^postgres(ql)?:\/\//i.test(target)) {
    try {
      return new URL(target).hostname || undefined;
    } catch {
      return DYNAMIC;
    }
  }
  return /(?:^|\s)host\s*=\s*'?([^\s']+)/.exec(target)?.[1];
}

function databaseOfTarget(target: string): string | undefined {
  if (/^postgres(ql)?:\/\//i.test(target)) {
    try {
      return new URL(target).pathname.slice(1) || undefined;
    } catch {
      return undefined;
    }
  }
  return /(?:^|\s)dbname\s*=\s*'?([^\s']+)/.exec(target)?.[1] ?? (target.includes('=') ? undefined : target);
}

export { isLocalHost, isLocalUrl, isTestDatabase };
