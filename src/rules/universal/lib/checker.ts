import type { CheckedFile, FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import {
  commandHintLines,
  isSqlSnippet,
  mayBeSqlSnippet,
  leadsWithProgram,
  mayHoldAnything,
  mayHoldCommand,
} from '../../../parsers/universal/candidates.js';
import { universalKindOf } from '../../../parsers/universal/file-kind.js';
import { jinjaSqlSnippets } from '../../../parsers/universal/jinja.js';
import { textLines, withTemplateHoles, type Snippet } from '../../../parsers/universal/text-lines.js';
import { loadPostgresParser } from '../../../parsers/sql/pg-parser.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import type { Policy } from '../../../core/policy-schema.js';
import { readsMigration } from '../../orm/lib/applies.js';
import { isShellSource } from '../../shell/lib/applies.js';
import { isBatchScript } from '../../shell/lib/sources/recognise.js';
import { readsSql } from '../../sql/lib/applies.js';
import { sqlAnalysisOf } from '../../sql/lib/analysed.js';
import type { UniversalDocument } from './document.js';
import { universalRules } from './index.js';
import { netReads } from './applies.js';
import { loadedReaders, loadReaders } from './lazy-readers.js';

interface Prepared {
  sql: Snippet[];
  commands: Snippet[];
  /** SQL built inside Jinja tags (dbt): judged here even in a file the SQL family reads, which sees the tags as holes. */
  templated?: Snippet[];
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
  appliesTo: netReads,
  async prepare(file) {
    const text = file.text;
    const found: Prepared = { sql: [], commands: [] };
    prepared.set(file, found);
    if (text === '') return;
    // Before the keyword gate: `adapter.drop_relation(r)` names no SQL word on its own.
    const templated = jinjaSqlSnippets(text);
    if (templated.length > 0) {
      await loadPostgresParser();
      found.templated = templated.filter((s) => isSqlSnippet(withTemplateHoles(s))).map(withTemplateHoles);
      // Judged by the rules with the SQL readers, like any other snippet: loaded here, since a file
      // whose only SQL sits in Jinja tags returns before the load below.
      if (found.templated.length > 0) await loadReaders();
    }
    if (!mayHoldAnything(text)) return;
    const kind = universalKindOf(file.path, text);
    if (kind.kind === 'code') await loadGrammar(kind.language);
    // The policy is not known here: the shipped SQL paths stand in, and check() filters again.
    const sqlRead = readsMigration(file.path, text) || isSqlPath(file.path, text);
    // A batch file's own reader knows cmd.exe, not the POSIX commands a `.cmd` runbook may hold (`$ dropdb …`): its lines stay in the net.
    const shellRead = isShellSource(file.path, text) && !isBatchScript(file.path);
    // Where only commands are wanted from lines of text (a SQL file), only lines near a program's name are read.
    const lines =
      kind.kind === 'text' && sqlRead && !shellRead
        ? textLines(text, 'a text file', commandHintLines(text, await sentToTheServer(file)))
        : kind.kind === 'text'
          ? textLines(text, 'a text file')
          : // The structured readers (YAML, JSON, code) are imported with the first file that needs them.
            (await import('../../../parsers/universal/snippets.js')).snippetsOf(kind, text);
    // The shell family reads a script's quoted arguments precisely (and knows a local target): no literal of its lines here.
    const snippets = shellRead ? lines.filter((s) => s.within === undefined) : lines;
    const asSql = new Map<Snippet, Snippet>();
    if (!sqlRead) {
      // The parser loads only for a snippet that starts as a statement (not for a script's `set -e`).
      const shaped = snippets.map((s) => [s, withTemplateHoles(s)] as const).filter(([, f]) => mayBeSqlSnippet(f));
      if (shaped.length > 0) await loadPostgresParser();
      for (const [s, filled] of shaped) if (isSqlSnippet(filled)) asSql.set(s, filled);
    }
    if (!shellRead) {
      found.commands = snippets.filter((s) => !asSql.has(s) && mayHoldCommand(s.text));
      if (found.commands.length > 0) await loadGrammar('bash');
    }
    // A line of free text and a literal quoted in it are judged once: the line where it is SQL or starts
    // with a program (`psql -c "DROP TABLE t"`), else its literals (`command: "cd /srv && dropdb shop"`).
    const lineFirst = (line: Snippet) =>
      asSql.has(line) || (found.commands.includes(line) && leadsWithProgram(line.text));
    const literalLines = new Set(
      [...asSql.keys(), ...found.commands].flatMap((s) => (s.within && !lineFirst(s.within) ? [s.within] : [])),
    );
    found.sql = [...asSql]
      .filter(([s]) => !literalLines.has(s) && (s.within === undefined || !lineFirst(s.within)))
      .map(([, sql]) => sql);
    found.commands = found.commands.filter(
      (s) => !literalLines.has(s) && (s.within === undefined || !lineFirst(s.within)),
    );
    // The rules judge a snippet with the shell and SQL readers: loaded only for a file that has one.
    if (found.sql.length > 0 || found.commands.length > 0) await loadReaders();
  },
  check(file, policy) {
    const found = prepared.get(file) ?? { sql: [], commands: [] };
    // A file the policy puts in the SQL family is read by it, whatever the shipped paths say.
    const sql = [...(readsSql(file.path, file.text, policy) ? [] : found.sql), ...(found.templated ?? [])];
    const doc: UniversalDocument = { path: file.path, text: file.text, policy, sql, commands: found.commands };
    const findings = runRules(universalRules, doc, () => false);
    // Where a command runs is weighed only for a file with a command that would block.
    const commanded = findings.some((f) => f.ruleId === 'universal/unrecognised-command');
    const contexts = commanded ? loadedReaders().snippetContexts(file.path, file.text, found.commands) : [];
    return { findings, notes: [], contexts };
  },
};

/**
 * Where the SQL family read the file, the offsets inside statements that begin as SQL: a client
 * sends them to the server, no shell runs them (psql's `\!` and COPY ... PROGRAM are the SQL
 * family's). A statement that begins with anything else may be a command written into the file.
 */
async function sentToTheServer(file: CheckedFile): Promise<((offset: number) => boolean) | undefined> {
  const analysis = sqlAnalysisOf(file);
  if (!analysis) return undefined;
  // The SQL family read the file, so the tokenizer this needs is loaded already.
  const { beginsAsSql } = await import('../../../parsers/sql/statement-head.js');
  const { statements, dialect } = analysis;
  const begins = new Map<number, boolean>();
  return (offset) => {
    let low = 0;
    let high = statements.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = statements[mid]!.span;
      if (offset < span.start) high = mid - 1;
      else if (offset >= span.end) low = mid + 1;
      else {
        let sql = begins.get(mid);
        if (sql === undefined) begins.set(mid, (sql = beginsAsSql(file.text, span, dialect)));
        return sql;
      }
    }
    return false;
  };
}

/** The SQL family's own test with the shipped paths, before the policy is known. */
function isSqlPath(path: string, text: string): boolean {
  return /\.(sql|psql|pgsql|ddl)$|\.sql\.txt$/i.test(path) || readsSql(path, text, NO_SQL_PATHS);
}

const NO_SQL_PATHS = { families: { sql: { paths: [], dialects: {} } } } as unknown as Policy;

export { withoutCovered } from './covered.js';
