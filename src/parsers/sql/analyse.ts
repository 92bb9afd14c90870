import type { Span } from '../../core/types.js';
import {
  shiftOperation,
  type AnalysedStatement,
  type SqlDialect,
  type SqlOperation,
} from '../../core/sql-operations.js';
import { pgOperations, type PgStatementContext } from './pg-operations.js';
import { parsePostgres, PgSyntaxError, type PgRawStatement } from './pg-parser.js';
import { plpgsqlOperations } from './plpgsql.js';
import { prepareSql } from './preprocess.js';
import { prefilterStatement, skippedRoutineDefinition } from './prefilter.js';
import { createRecogniseContext, recogniseStatement, recogniseStatements, type RecogniseContext } from './recognise.js';
import { routineOperations, routinesOf, withRoutineCalls, withRoutineDefinitions } from './routines.js';
import { forEachStatement, splitStatements, type SplitStatement } from './split.js';
import { tokenize, type SqlToken } from './tokenizer.js';

export interface SqlAnalysis {
  dialect: SqlDialect;
  statements: AnalysedStatement[];
  /** Ranges that only run on rollback (dbmate down sections, Liquibase --rollback lines). */
  rollbackRanges: Span[];
}

/** Above this size a file is not handed to the parser whole: its memory grows with the input. */
export const WHOLE_FILE_PARSE_LIMIT = 1024 * 1024;

export interface SqlAnalysisOptions {
  /**
   * Whether a name part before a `.` can make a reference reportable (a production schema); the
   * prefilter parses every statement with such a qualifier. Without it, every qualified name counts.
   */
  qualifierMatters?: (name: string) => boolean;
  /** Parse every Postgres statement, the whole file first: the reference the prefilter is tested against. */
  parseEverything?: boolean;
}

/**
 * Reads a SQL file into statements and what they do. Postgres goes through the real parser
 * (loadPostgresParser() must have resolved), statement by statement, the ones the prefilter says
 * can matter; a statement it rejects, and every other dialect, goes through the dialect
 * tokenizer, so a parse failure never hides a DROP.
 */
export function analyseSql(source: string, dialect: SqlDialect, options: SqlAnalysisOptions = {}): SqlAnalysis {
  const prepared = prepareSql(source);
  const text = prepared.text;
  let statements: AnalysedStatement[];
  if (dialect !== 'postgres') statements = routineOperations(analyseWithTokenizer(text, dialect), text, dialect);
  else if (options.parseEverything) statements = routineOperations(analysePostgres(text), text, dialect);
  else statements = analysePostgresFiltered(text, options.qualifierMatters ?? (() => true));
  return { dialect, statements, rollbackRanges: prepared.rollbackRanges };
}

/**
 * Postgres, statement by statement, the parser only for statements the prefilter keeps. A skipped
 * statement that calls (`name(`) a routine the file defines with destructive work is parsed after
 * all, once the definitions are known.
 */
function analysePostgresFiltered(text: string, qualifierMatters: (name: string) => boolean): AnalysedStatement[] {
  const context = createRecogniseContext();
  const statements: AnalysedStatement[] = [];
  const calling: { index: number; calls: string[] }[] = [];
  // Consecutive kept statements go to the parser in one call: a call per statement costs more
  // than the parse of a short one.
  let run: SplitStatement[] = [];
  let runChars = 0;
  const flush = (): void => {
    if (run.length) statements.push(...analysePostgresRun(run, text, context));
    run = [];
    runChars = 0;
  };
  forEachStatement(text, 'postgres', (stmt) => {
    const decision = prefilterStatement(stmt, text, qualifierMatters);
    if (decision.parse) {
      run.push(stmt);
      runChars += stmt.span.end - stmt.span.start;
      if (run.length >= RUN_STATEMENTS || runChars >= RUN_CHARS) flush();
      return;
    }
    flush();
    if (decision.calls.length) calling.push({ index: statements.length, calls: decision.calls });
    statements.push({ span: stmt.span, reader: 'skipped', operations: skippedRoutineDefinition(stmt) });
  });
  flush();
  const defined = withRoutineDefinitions(statements, text, 'postgres');
  if (calling.length) {
    const routines = routinesOf(defined);
    for (const { index, calls } of calling) {
      if (!calls.some((name) => routines.has(name))) continue;
      const span = defined[index]!.span;
      const tokens = codeTokens(text.slice(span.start, span.end), span.start);
      defined[index] = analysePostgresStatement({ span, tokens, comments: [] }, text, context);
    }
  }
  return withRoutineCalls(defined);
}

/** A run of kept statements is parsed in one call when this small; a larger one is flushed first. */
const RUN_STATEMENTS = 64;
const RUN_CHARS = 256 * 1024;

/** Consecutive statements in one parse; one by one when the parser rejects any of them. */
function analysePostgresRun(run: SplitStatement[], text: string, context: RecogniseContext): AnalysedStatement[] {
  if (run.length === 1) return [analysePostgresStatement(run[0]!, text, context)];
  const start = run[0]!.span.start;
  const end = run.at(-1)!.span.end;
  try {
    const parsed = parsePostgres(text.slice(start, end));
    if (parsed.statements.length === run.length) {
      const tokens = run.flatMap((s) => s.tokens);
      return parsed.statements.map((raw) =>
        fromPg(raw, text, start, parsed.toChar, tokensWithin(tokens, start + raw.start, start + raw.end)),
      );
    }
  } catch (error) {
    if (!(error instanceof PgSyntaxError)) throw error;
  }
  return run.map((stmt) => analysePostgresStatement(stmt, text, context));
}

function analyseWithTokenizer(text: string, dialect: SqlDialect): AnalysedStatement[] {
  return recogniseStatements(text, dialect).map(({ statement, operations }) => ({
    span: statement.span,
    reader: 'tokenizer' as const,
    operations,
  }));
}

function analysePostgres(text: string): AnalysedStatement[] {
  if (text.length <= WHOLE_FILE_PARSE_LIMIT) {
    try {
      const parsed = parsePostgres(text);
      const tokens = codeTokens(text, 0);
      return parsed.statements.map((raw) =>
        fromPg(raw, text, 0, parsed.toChar, tokensWithin(tokens, raw.start, raw.end)),
      );
    } catch (error) {
      if (!(error instanceof PgSyntaxError)) throw error;
    }
  }
  const context = createRecogniseContext();
  const statements: AnalysedStatement[] = [];
  forEachStatement(text, 'postgres', (stmt) => statements.push(analysePostgresStatement(stmt, text, context)));
  return statements;
}

/** One statement through the Postgres parser, or the dialect tokenizer when the parser rejects it. */
function analysePostgresStatement(stmt: SplitStatement, text: string, context: RecogniseContext): AnalysedStatement {
  const own = text.slice(stmt.span.start, stmt.span.end);
  try {
    const parsed = parsePostgres(own);
    // The splitter's tokens already carry file offsets: no second pass over the statement.
    const ops = parsed.statements.flatMap((raw) => {
      const tokens = tokensWithin(stmt.tokens, stmt.span.start + raw.start, stmt.span.start + raw.end);
      return fromPg(raw, text, stmt.span.start, parsed.toChar, tokens).operations;
    });
    return { span: stmt.span, reader: 'postgres' as const, operations: ops };
  } catch (error) {
    if (!(error instanceof PgSyntaxError)) throw error;
    return {
      span: stmt.span,
      reader: 'tokenizer' as const,
      parserError: error.message,
      operations: recogniseStatement(stmt, text, 'postgres', context),
    };
  }
}

/** One statement from the parser; `base` is where the parsed text starts in the file. */
function fromPg(
  raw: PgRawStatement,
  text: string,
  base: number,
  toChar: (b: number) => number,
  tokens: SqlToken[],
): AnalysedStatement {
  const start = tokens[0]?.start ?? base + raw.start;
  const end = tokens.at(-1)?.end ?? base + raw.end;
  const span = { start, end };
  const ctx: PgStatementContext = {
    text,
    span,
    tokens,
    locate: (location) => base + toChar(location),
    readEmbedded: readEmbeddedPostgres,
    readPlpgsql,
  };
  return { span, reader: 'postgres', operations: pgOperations(raw.stmt, ctx) };
}

/**
 * PL/pgSQL routines already read, by their exact text, with what they do as if they started at
 * offset 0. The PL/pgSQL parse is the dearest step of the Postgres reader, and a change often
 * holds the same routine more than once (up and down migrations, an extension's upgrade scripts
 * that each re-create it). What a routine does is a function of its text alone; a hit is shifted
 * to where the routine stands. Bounded: cleared when its keys would pass PLPGSQL_CACHE_CHARS.
 */
const plpgsqlRead = new Map<string, SqlOperation[]>();
let plpgsqlReadChars = 0;
const PLPGSQL_CACHE_CHARS = 8 * 1024 * 1024;

/** Reads a `CREATE FUNCTION ... LANGUAGE plpgsql` (or a wrapped DO block) found at file offset `at`. */
function readPlpgsql(sql: string, at: number): SqlOperation[] {
  let ops = plpgsqlRead.get(sql);
  if (!ops) {
    ops = plpgsqlOperations(sql, 0, readEmbeddedPostgres);
    if (plpgsqlReadChars + sql.length > PLPGSQL_CACHE_CHARS) {
      plpgsqlRead.clear();
      plpgsqlReadChars = 0;
    }
    // The key is a copy: a slice would keep the whole file it was cut from alive. Joining makes
    // V8 flatten the text into a string of its own, which the slice then points into.
    plpgsqlRead.set(`${sql} `.slice(0, -1), ops);
    plpgsqlReadChars += sql.length;
  }
  return ops.map((op) => shiftOperation(op, at));
}

/** Reads SQL found at file offset `at` inside a statement (a function body, an EXECUTE'd string). */
function readEmbeddedPostgres(sql: string, at: number): SqlOperation[] {
  const shift = (op: SqlOperation): SqlOperation => shiftOperation(op, at);
  if (sql.trim() === '') return [];
  try {
    const parsed = parsePostgres(sql);
    const tokens = codeTokens(sql, 0);
    return parsed.statements.flatMap((raw) =>
      fromPg(raw, sql, 0, parsed.toChar, tokensWithin(tokens, raw.start, raw.end)).operations.map(shift),
    );
  } catch {
    return splitStatements(sql, 'postgres').flatMap((stmt) => recogniseStatement(stmt, sql, 'postgres').map(shift));
  }
}

/** The tokens inside [start, end), found by binary search in a file's ordered token list. */
function tokensWithin(tokens: readonly SqlToken[], start: number, end: number): SqlToken[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let stop = lo;
  while (stop < tokens.length && tokens[stop]!.start < end) stop++;
  return tokens.slice(lo, stop);
}

function codeTokens(slice: string, offset: number): SqlToken[] {
  const tokens = tokenize(slice, 'postgres').filter((t) => t.kind !== 'comment');
  // Shifted in place: the tokens are this call's own, and a copy of each was a large share of the garbage.
  if (offset !== 0) {
    for (const t of tokens) {
      t.start += offset;
      t.end += offset;
    }
  }
  return tokens;
}
