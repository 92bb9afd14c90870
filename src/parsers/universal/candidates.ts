import { wordAlternation } from '../../core/word-alternation.js';
import { WRAPPER_PROGRAMS } from '../shell/wrappers.js';
import { parsePostgres } from '../sql/pg-parser.js';
import type { Snippet } from './snippets.js';

/** Leading SQL comments, which a statement may carry before its keyword. */
const LEADING_COMMENTS = /^(?:\s|--[^\n]*(?:\n|$)|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/)*/;

/**
 * A statement's first keyword. The shell's `set -e` and a loop's `do` are not SQL: `SET` takes a
 * name, and `DO` a string or `LANGUAGE`.
 */
const STATEMENT =
  /^(CREATE|ALTER|DROP|TRUNCATE|DELETE|UPDATE|INSERT|MERGE|GRANT|REVOKE|COPY|EXEC|EXECUTE|CALL|DO(?=\s*(?:\$|'|[EU]&?'|LANGUAGE\b))|RENAME|REPLACE|WITH|BEGIN|SET(?!\s+[-+])|USE|START\s+TRANSACTION|\\[a-z!])\b/i;

/**
 * A value that is one destructive statement and nothing else, in any dialect's quoting: what a
 * config value or string literal holds when it is SQL the Postgres parser does not accept
 * (MySQL backticks, T-SQL brackets). Prose has more words than this shape allows.
 */
const NAME =
  String.raw`(?:[\w$]+|` +
  '`[^`]+`' +
  String.raw`|"[^"]+"|\[[^\]]+\])(?:\.(?:[\w$]+|` +
  '`[^`]+`' +
  String.raw`|"[^"]+"|\[[^\]]+\]))*`;
const BARE_STATEMENT = new RegExp(
  String.raw`^(?:DROP\s+(?:TABLE|DATABASE|SCHEMA|VIEW|MATERIALIZED\s+VIEW|TYPE|DOMAIN|EXTENSION|SEQUENCE|FUNCTION|INDEX|COLLECTION|KEYSPACE)\s+(?:IF\s+EXISTS\s+)?${NAME}(?:\s*,\s*${NAME})*(?:\s+(?:CASCADE|RESTRICT|PURGE))?|TRUNCATE\s+(?:TABLE\s+)?${NAME}(?:\s*,\s*${NAME})*(?:\s+(?:CASCADE|RESTRICT|RESTART\s+IDENTITY))*|DELETE\s+FROM\s+${NAME}|ALTER\s+TABLE\s+${NAME}\s+DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?${NAME}(?:\s+CASCADE)?)\s*;?\s*$`,
  'i',
);

/** The statement text with its leading comments off, or undefined when it does not start like SQL. */
function statementText(text: string): string | undefined {
  const body = text.slice(LEADING_COMMENTS.exec(text)?.[0].length ?? 0);
  return STATEMENT.test(body) ? body : undefined;
}

function parsesAsPostgres(text: string): boolean {
  try {
    return parsePostgres(text).statements.length > 0;
  } catch {
    return false;
  }
}

/** A text that starts as a statement, trimmed, or undefined: the test before the parser is needed (or loaded). */
function statementShaped(text: string): string | undefined {
  const body = statementText(text);
  if (body === undefined) return undefined;
  const trimmed = body.trim();
  // psql meta-commands (`\gexec`, `\!`) are only SQL-client input when they follow a statement.
  if (trimmed.startsWith('\\')) return undefined;
  return isSentenceCase(trimmed) ? undefined : trimmed;
}

/** Whether isSqlSnippet() can hold for the snippet; false needs no parser. */
export function mayBeSqlSnippet(snippet: Snippet): boolean {
  return statementShaped(snippet.text) !== undefined;
}

/**
 * Whether a snippet is SQL, not prose that mentions it: it starts with a statement keyword and
 * the Postgres parser accepts it, or it ends its statement with `;`, or (a whole value of a
 * structured file) it is exactly one destructive statement in another dialect's quoting.
 * Needs loadPostgresParser().
 */
export function isSqlSnippet(snippet: Snippet): boolean {
  const trimmed = statementShaped(snippet.text);
  if (trimmed === undefined) return false;
  if (parsesAsPostgres(trimmed)) return true;
  if (snippet.structured && BARE_STATEMENT.test(trimmed)) return true;
  // Free text must end its statement itself: "Drop table users once the backfill is done." does not.
  return trimmed.endsWith(';') && !hasProse(trimmed);
}

/**
 * "Delete from list", "Drop table users": a capitalised word and a lower-case one is how a
 * sentence starts; SQL keywords are written all upper or all lower case.
 */
function isSentenceCase(text: string): boolean {
  const [first, second] = text.split(/\s+/, 2);
  return /^[A-Z][a-z]+$/.test(first ?? '') && /^[a-z]+$/.test(second ?? '');
}

/** A sentence: several plain words in a row that no statement strings together. */
function hasProse(text: string): boolean {
  return (
    /\b(?:the|a|an|then|before|after|once|you|we|please|should|will|must|when|if you)\s+\w+\s+\w+/i.test(text) &&
    !/\bWHERE\b|\bFROM\b\s+\w+\s*;?$/i.test(text)
  );
}

/**
 * Programs whose commands the shell rules judge, by the name a line starts with: a snippet that
 * names none of them cannot hold a destructive command, and the shell grammar is not loaded for it.
 */
export const PROGRAMS: ReadonlySet<string> = new Set([
  'rm',
  'find',
  'dd',
  'shred',
  'mkfs',
  'truncate',
  'rsync',
  'psql',
  'mysql',
  'mariadb',
  'sqlite3',
  'sqlcmd',
  'dropdb',
  'dropuser',
  'mysqladmin',
  'pg_restore',
  'mongo',
  'mongosh',
  'redis-cli',
  'cqlsh',
  'bq',
  'snowsql',
  'clickhouse-client',
  'terraform',
  'tofu',
  'terragrunt',
  'pulumi',
  'cdk',
  'sst',
  'serverless',
  'sls',
  'kubectl',
  'oc',
  'helm',
  'docker',
  'docker-compose',
  'podman',
  'aws',
  'gcloud',
  'gsutil',
  'az',
  'doctl',
  'heroku',
  'fly',
  'flyctl',
  'railway',
  'vercel',
  'render',
  'supabase',
  'firebase',
  'neonctl',
  'planetscale',
  'pscale',
  'git',
  'rails',
  'rake',
  'bundle',
  'bin/rails',
  'prisma',
  'npx',
  'pnpm',
  'yarn',
  'npm',
  'bunx',
  'python',
  'python3',
  'php',
  'dotnet',
  'mix',
  'knex',
  'sequelize',
  'typeorm',
  'drizzle-kit',
  'alembic',
  'flyway',
  'liquibase',
  'migrate',
  'dbmate',
  'goose',
  'atlas',
  'sqitch',
  'sh',
  'bash',
  'zsh',
  'eval',
  'ssh',
  'curl',
  'wget',
  // Framework and storage CLIs the catalog and the migration-tool rules read.
  'artisan',
  'bin/console',
  'manage.py',
  'django-admin',
  'mix',
  'azcopy',
  'rclone',
  'mc',
  'clickhouse',
  'wrangler',
]);

/**
 * Where a program's name stands as a word of its own: every command mayHoldCommand() accepts names
 * one so. Every name starts with a letter and ends with a letter or digit, so `\b` on each side
 * is "no word character beside it", and scans faster than a lookbehind.
 */
const PROGRAM_WORD = new RegExp(`\\b${wordAlternation(PROGRAMS)}\\b`, 'g');

/** Statement keywords: a file with none of them and no program's name holds nothing the rules judge. */
const SQL_WORDS = /\b(?:drop|truncate|delete|alter|update|merge|copy|exec|execute|grant|revoke)\b/i;
const ANY_PROGRAM = new RegExp(PROGRAM_WORD.source, 'i');

/**
 * Whether a file may hold a SQL statement or a command the rules judge: the cheap test before any
 * grammar loads. Built from the same program list as mayHoldCommand(), so a program taught to the
 * candidates is never filtered out before it is looked for.
 */
export function mayHoldAnything(text: string): boolean {
  return SQL_WORDS.test(text) || ANY_PROGRAM.test(text);
}

/**
 * The lines (0-based, in order) where a program's name stands as a word: a snippet of text lines
 * that reaches none of them cannot hold a command (mayHoldCommand() is false for it). `skip`
 * leaves out the names at offsets known not to be in a command.
 */
export function commandHintLines(text: string, skip?: (offset: number) => boolean): number[] {
  const lines: number[] = [];
  let line = 0;
  let counted = 0;
  for (const m of text.matchAll(PROGRAM_WORD)) {
    if (skip?.(m.index)) continue;
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < m.index; nl = text.indexOf('\n', nl + 1)) line++;
    counted = m.index;
    if (lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}

/** Whether a snippet may hold a command the shell rules judge; cheap, so the grammar loads only when one may. */
export function mayHoldCommand(text: string): boolean {
  for (const segment of text.split(/\n|&&|\|\||;|\|/)) {
    const words = segment.trim().split(/\s+/);
    let i = 0;
    while (
      i < words.length &&
      (WRAPPER_PROGRAMS.has(words[i]!) || /^\w+=/.test(words[i]!) || words[i]!.startsWith('-'))
    )
      i++;
    // A wrapper with operands of its own (`timeout 30 dropdb`, `su postgres -c 'dropdb x'`) names the program further on.
    const candidates = i > 0 ? words.slice(i) : words.slice(0, 1);
    for (const word of candidates) {
      const program = word.replace(/^["'(]+/, '');
      if (PROGRAMS.has(program) || PROGRAMS.has(program.slice(program.lastIndexOf('/') + 1))) {
        if (!isSentence(segment)) return true;
      }
    }
  }
  return false;
}

/** Whether the first command of a line is a program the rules judge (`psql -c "…"`, `sudo dropdb a`). */
export function leadsWithProgram(text: string): boolean {
  const first = text.split(/&&|\|\||;|\|/)[0] ?? '';
  // `command => '/usr/bin/dropdb …'`, `command: dropdb …`: a key and its value (Puppet, YAML), whose literal is the command.
  if (/^\s*[\w.-]+\s*(?:=>|:=|:|=)\s/.test(first)) return false;
  return mayHoldCommand(first);
}

/** "terraform destroy removes everything." reads as a sentence: it ends on a word and a full stop. */
export function isSentence(line: string): boolean {
  const trimmed = line.trim();
  return /[A-Za-z]{2,}[.!?]$/.test(trimmed) && trimmed.split(/\s+/).length >= 3;
}
