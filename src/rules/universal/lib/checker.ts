import type { CheckedFile, FamilyChecker, RawFinding } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { LineIndex } from '../../../core/lines.js';
import { commandHintLines, isSqlSnippet, mayHoldCommand } from '../../../parsers/universal/candidates.js';
import { universalKindOf } from '../../../parsers/universal/file-kind.js';
import { snippetsOf, textLines, type Snippet } from '../../../parsers/universal/snippets.js';
import { loadPostgresParser } from '../../../parsers/sql/pg-parser.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import type { Policy } from '../../../core/policy-schema.js';
import { ormChecker } from '../../orm/lib/checker.js';
import { isShellSource } from '../../shell/lib/checker.js';
import { sqlChecker } from '../../sql/lib/checker.js';
import type { UniversalDocument } from './document.js';
import { universalRules } from './index.js';
import { snippetContexts } from './snippet-commands.js';

/** Words without which a file holds no SQL statement and no command the rules judge: nothing to load or parse. */
const WORTH_READING =
  /\b(drop|truncate|delete|alter|update|merge|copy|exec|execute|grant|revoke|rm|psql|mysql|sqlite3|sqlcmd|dropdb|mysqladmin|pg_restore|mongo|mongosh|redis-cli|terraform|tofu|terragrunt|pulumi|kubectl|helm|docker|aws|gcloud|gsutil|az|git|rails|rake|prisma|supabase|heroku|fly|flyctl|railway|find|dd|shred|firebase|doctl|cdk|sst|serverless|sls|eval|bash|sh|ssh)\b/i;

interface Prepared {
  sql: Snippet[];
  commands: Snippet[];
}

/** Per file, what prepare() found, for check() to judge: the engine hands both the same object. */
const prepared = new WeakMap<CheckedFile, Prepared>();

/**
 * The net under the precise readers: every changed text file is taken apart by its kind (string
 * literals of code, values of YAML, JSON, TOML and INI files, notebook cells, lines of anything
 * else), and each piece shaped like a SQL statement or a command is judged by the SQL and shell
 * rules. A family is skipped where a precise reader of it already read the file.
 */
export const universalChecker: FamilyChecker = {
  family: 'universal',
  rules: universalRules,
  appliesTo(path, text) {
    return universalKindOf(path, text).kind !== 'skipped';
  },
  async prepare(file) {
    const text = file.text;
    const found: Prepared = { sql: [], commands: [] };
    prepared.set(file, found);
    if (text === '' || !WORTH_READING.test(text)) return;
    const kind = universalKindOf(file.path, text);
    if (kind.kind === 'code') await loadGrammar(kind.language);
    // The policy is not known here: the shipped SQL paths stand in, and check() filters again.
    const sqlRead = ormChecker.appliesTo(file.path, text, undefined as unknown as Policy) || isSqlPath(file.path, text);
    const shellRead = isShellSource(file.path, text);
    // Where only commands are wanted from lines of text (a SQL file), only lines near a program's name are read.
    const snippets =
      kind.kind === 'text' && sqlRead && !shellRead
        ? textLines(text, 'a text file', commandHintLines(text))
        : snippetsOf(kind, text);
    if (!sqlRead && snippets.length > 0) {
      await loadPostgresParser();
      found.sql = snippets.filter(isSqlSnippet);
    }
    if (!shellRead) {
      found.commands = snippets.filter((s) => !found.sql.includes(s) && mayHoldCommand(s.text));
      if (found.commands.length > 0) await loadGrammar('bash');
    }
  },
  check(file, policy) {
    const found = prepared.get(file) ?? { sql: [], commands: [] };
    // A file the policy puts in the SQL family is read by it, whatever the shipped paths say.
    const sql = sqlChecker.appliesTo(file.path, file.text, policy) ? [] : found.sql;
    const doc: UniversalDocument = { path: file.path, text: file.text, policy, sql, commands: found.commands };
    const findings = runRules(universalRules, doc, () => false);
    // Where a command runs is weighed only for a file with a command that would block.
    const commanded = findings.some((f) => f.ruleId === 'universal/unrecognised-command');
    return { findings, notes: [], contexts: commanded ? snippetContexts(file.path, file.text, found.commands) : [] };
  },
};

/** The SQL family's own test with the shipped paths, before the policy is known. */
function isSqlPath(path: string, text: string): boolean {
  return /\.(sql|psql|pgsql|ddl)$|\.sql\.txt$/i.test(path) || sqlChecker.appliesTo(path, text, NO_SQL_PATHS);
}

const NO_SQL_PATHS = { families: { sql: { paths: [], dialects: {} } } } as unknown as Policy;

/**
 * A finding of the universal net on a line a precise reader already reported is the same thing
 * seen twice: the precise one is kept.
 */
export function withoutCovered(raw: RawFinding[], text: string, baseText: string | undefined): RawFinding[] {
  const isNet = (f: RawFinding) => f.ruleId.startsWith('universal/');
  if (!raw.some(isNet)) return raw;
  const lines = { head: new LineIndex(text), base: new LineIndex(baseText ?? '') };
  const covered = new Set<string>();
  for (const f of raw) {
    if (isNet(f)) continue;
    const index = lines[f.side ?? 'head'];
    const range = index.lineRangeOf(f.span);
    for (let line = range.start; line <= range.end; line++) covered.add(`${f.side ?? 'head'}:${line}`);
  }
  return raw.filter(
    (f) => !isNet(f) || !covered.has(`${f.side ?? 'head'}:${lines[f.side ?? 'head'].lineOf(f.span.start)}`),
  );
}
