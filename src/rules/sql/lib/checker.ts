import type { FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { analyseSql, type SqlAnalysis } from '../../../parsers/sql/analyse.js';
import { priorExpiries, type ExpiryState } from './expiry-state.js';
import { recordSqlAnalysis } from './analysed.js';
import { sniffDialect } from '../../../parsers/sql/dialect.js';
import type { SqlDialect } from '../../../core/sql-operations.js';
import { loadPostgresParser } from '../../../parsers/sql/pg-parser.js';
import { inRanges } from '../../../parsers/sql/preprocess.js';
import { sqlDialectFor } from '../../../policy/paths.js';
import type { Policy } from '../../../core/policy-schema.js';
import { isProductionName } from '../../../policy/production-names.js';
import { notRunRoutineAt, routinesNotRun, type DefinedRoutine } from './defined-not-run.js';
import { sqlRules } from './index.js';
import { readsSql } from './applies.js';
import { schemaFileState, type SchemaFileState } from './schema-files.js';
import { earlierMigrations, priorSchema } from './schema-state.js';
import { createdInChange, type CreatedInChange } from './created-in-change.js';
import type { BaseTree, Span } from '../../../core/types.js';

export const sqlChecker: FamilyChecker = {
  family: 'sql',
  rules: sqlRules,
  appliesTo: readsSql,
  prepare: loadPostgresParser,
  check(file, policy, context) {
    const { analysis, findings, notes } = checkSql(file.path, file.text, policy, undefined, {
      ...(context.baseTree ? { baseTree: context.baseTree } : {}),
      createdInChange: (dialect) => createdInChange(file.path, context, dialect),
    });
    recordSqlAnalysis(file, analysis);
    return { findings, notes };
  },
};

/** Reads a SQL file and runs the SQL rules over it. */
export function checkSql(
  path: string,
  text: string,
  policy: Policy,
  knownDialect?: SqlDialect,
  options: {
    parseEverything?: boolean;
    baseTree?: BaseTree;
    createdInChange?: (dialect: SqlDialect) => CreatedInChange | undefined;
  } = {},
) {
  const dialect = knownDialect ?? sqlDialectFor(policy, path) ?? sniffDialect(path, text);
  const production = new Map<string, boolean>();
  const isProduction = (name: string): boolean => {
    let known = production.get(name);
    if (known === undefined) production.set(name, (known = isProductionName(name, policy)));
    return known;
  };
  // A qualifier that names production makes a reference reportable (sql/production-object).
  const { baseTree, createdInChange: changeCreations, ...analyseOptions } = options;
  const analysis = analyseSql(text, dialect, { qualifierMatters: isProduction, ...analyseOptions });
  // Earlier migrations are replayed only when a rule asks what a column is now (a type change).
  let prior: ReturnType<typeof priorSchema> | undefined;
  let schemaFile: SchemaFileState | undefined | null = null;
  // The schema and the expiry replays read the same earlier migrations: each is analysed once.
  const earlierRead = new Map<string, SqlAnalysis>();
  const analyseEarlier = (earlier: string): SqlAnalysis => {
    let read = earlierRead.get(earlier);
    if (!read) earlierRead.set(earlier, (read = analyseSql(earlier, dialect, { parseEverything: true })));
    return read;
  };
  let expiries: ExpiryState | undefined;
  let earlierTexts: string[] | undefined;
  const doc = {
    ...analysis,
    path,
    text,
    get prior() {
      return (prior ??= priorSchema(path, baseTree, analyseEarlier));
    },
    get schemaFile() {
      if (schemaFile === null) schemaFile = schemaFileState(path, baseTree, analyseEarlier);
      return schemaFile;
    },
    get earlierMigrationTexts() {
      return (earlierTexts ??= earlierMigrationTexts(path, baseTree));
    },
    get priorExpiries() {
      return (expiries ??= priorExpiries(path, baseTree, analyseEarlier));
    },
    isProductionName: isProduction,
    createdInChange: changeCreations?.(dialect),
  };
  // Which routines run is worked out only for a finding inside a routine's body (most have none).
  let notRun: DefinedRoutine[] | undefined;
  let bodies: Span[] | undefined;
  const definedRoutineAround = (span: Span): boolean =>
    (bodies ??= analysis.statements.flatMap((stmt) =>
      stmt.operations.flatMap((op) => (op.op === 'define-routine' ? [op.body] : [])),
    )).some((body) => body.start <= span.start && span.end <= body.end);
  const initialisation = containerInitScript(path) ?? supabaseSeed(path);
  const findings = runRules(sqlRules, doc, (span) => inRanges(span.start, analysis.rollbackRanges)).map((f) => {
    if (f.kind !== 'destructive' || f.downgradedBecause) return f;
    const routine = definedRoutineAround(f.span)
      ? notRunRoutineAt((notRun ??= routinesNotRun(analysis, text)), f.span)
      : undefined;
    if (routine) {
      return {
        ...f,
        downgradedBecause: `in the body of ${routine.name}(), which this change defines but does not run`,
      };
    }
    return initialisation ? { ...f, downgradedBecause: initialisation } : f;
  });
  const fallbacks = analysis.statements.filter((s) => s.parserError !== undefined);
  const notes = fallbacks.length
    ? [
        `${path}: ${fallbacks.length} statement${fallbacks.length === 1 ? '' : 's'} the Postgres parser rejected ` +
          `(first: ${fallbacks[0]!.parserError}) were read by the fallback tokenizer`,
      ]
    : [];
  return { analysis, findings, notes };
}

/**
 * The official Postgres, MySQL and MariaDB images run the files of /docker-entrypoint-initdb.d
 * once, when the container starts on an empty data directory: nothing is there yet to destroy.
 */
function containerInitScript(path: string): string | undefined {
  const folder = /(^|\/)(docker-entrypoint-initdb\.d|initdb\.d)\//.exec(path)?.[2];
  return folder
    ? `an initialisation script of a database container (${folder}/): it runs once, on an empty data directory`
    : undefined;
}

/** The base texts of the migrations before `path` in its folder, in order; empty when any is unreadable. */
function earlierMigrationTexts(path: string, baseTree: BaseTree | undefined): string[] {
  if (!baseTree) return [];
  const texts: string[] = [];
  for (const p of earlierMigrations(path, (root) => baseTree.list(root)) ?? []) {
    const text = baseTree.read(p);
    if (text === undefined) return [];
    texts.push(text);
  }
  return texts;
}

/**
 * The Supabase CLI runs its seed files (`supabase/seed.sql`, `supabase/seeds/*.sql`) after the
 * migrations on a local `supabase db reset` and on preview branches; `supabase db push` leaves
 * them out unless told `--include-seed`, so what a seed empties is a throwaway database.
 */
function supabaseSeed(path: string): string | undefined {
  return /(^|\/)supabase\/(seed\.sql|seeds\/[^/]+\.sql)$/.test(path)
    ? 'a Supabase seed file: the CLI runs it on local resets and preview branches, not on `db push`'
    : undefined;
}
