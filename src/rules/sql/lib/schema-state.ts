import type { BaseTree, Span } from '../../../core/types.js';
import type { SqlAnalysis } from '../../../parsers/sql/analyse.js';
import type { ColumnDefinition, QualifiedName, SqlDialect } from '../../../core/sql-operations.js';
import { SqlLexer, tokenize, type SqlToken } from '../../../parsers/sql/tokenizer.js';
import { inRanges } from '../../../parsers/sql/preprocess.js';
import { nameKey } from './document.js';

/**
 * What a run of SQL leaves the tables as: their columns and types, by `nameKey`. A table absent
 * from the map is unknown. Columns added by `ALTER TABLE ... ADD` are read from tokens; anything
 * the replay cannot follow makes the table unknown, so no judgement leans on a guess.
 */
export type SchemaState = Map<string, ColumnDefinition[] | 'unknown'>;

/**
 * Replays one file's statements (up to `until`, exclusive) over a state. A down section (dbmate,
 * goose, Liquibase `--rollback`) is not part of what the migration leaves: its DROP TABLE would
 * otherwise erase the table its up section made.
 */
export function replaySchema(state: SchemaState, analysis: SqlAnalysis, text: string, until = Infinity): void {
  for (const stmt of analysis.statements) {
    if (stmt.span.end > until) break;
    if (analysis.rollbackRanges.length && inRanges(stmt.span.start, analysis.rollbackRanges)) continue;
    for (const op of stmt.operations) {
      if (op.op === 'create-table' && !op.temporary) {
        state.set(nameKey(op.name), op.columns.length > 0 ? op.columns.map((c) => ({ ...c })) : 'unknown');
      } else if (op.op === 'drop' && op.objectType === 'table') {
        for (const n of op.names) state.delete(nameKey(n));
      } else if (op.op === 'rename-table') {
        const from = nameKey(op.from);
        const to = nameKey([...op.from.slice(0, -1), op.to]);
        const columns = state.get(from);
        state.delete(from);
        if (columns !== undefined) state.set(to, columns);
      } else if (op.op === 'swap-tables') {
        const [a, b] = op.tables.map(nameKey) as [string, string];
        const [first, second] = [state.get(a), state.get(b)];
        for (const [key, columns] of [
          [a, second],
          [b, first],
        ] as const) {
          if (columns === undefined) state.delete(key);
          else state.set(key, columns);
        }
      } else if (op.op === 'drop-column') {
        const columns = state.get(nameKey(op.table));
        if (Array.isArray(columns)) {
          const kept = columns.filter((c) => c.name.toLowerCase() !== op.column.toLowerCase());
          state.set(nameKey(op.table), kept);
        }
      } else if (op.op === 'rename-column') {
        const columns = state.get(nameKey(op.table));
        if (Array.isArray(columns)) {
          for (const c of columns) if (c.name.toLowerCase() === op.from.toLowerCase()) c.name = op.to;
        }
      } else if (op.op === 'alter-column-type') {
        const columns = state.get(nameKey(op.table));
        if (Array.isArray(columns)) {
          for (const c of columns) if (c.name.toLowerCase() === op.column.toLowerCase()) c.type = op.newType;
        }
      }
    }
    addedColumns(state, text, stmt.span, analysis.dialect);
  }
}

const CONSTRAINT_WORDS = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'FOREIGN', 'CHECK', 'INDEX', 'KEY']);

/** `ALTER TABLE t ADD [COLUMN] [IF NOT EXISTS] c type`: the column joins the table; any other ADD makes it unknown. */
function addedColumns(state: SchemaState, text: string, span: Span, dialect: SqlDialect): void {
  const tokens = tokenize(text.slice(span.start, span.end), dialect).filter((t) => t.kind !== 'comment');
  if (tokens[0]?.upper !== 'ALTER' || tokens[1]?.upper !== 'TABLE') return;
  let i = 2;
  if (tokens[i]?.upper === 'IF' && tokens[i + 1]?.upper === 'EXISTS') i += 2;
  if (tokens[i]?.upper === 'ONLY') i++;
  const { name, next } = qualifiedName(tokens, i);
  if (name.length === 0) return;
  const key = nameKey(name);
  const columns = state.get(key);
  if (!Array.isArray(columns)) return;
  for (let j = next; j < tokens.length; j++) {
    if (tokens[j]!.upper !== 'ADD') continue;
    let k = j + 1;
    if (tokens[k]?.upper === 'COLUMN') k++;
    if (tokens[k]?.upper === 'IF' && tokens[k + 1]?.upper === 'NOT' && tokens[k + 2]?.upper === 'EXISTS') k += 3;
    const column = tokens[k];
    const type = tokens[k + 1];
    // A constraint or index added changes no column.
    if (column && CONSTRAINT_WORDS.has(column.upper ?? '') && k === j + 1) continue;
    if (!column || !type || (column.kind !== 'word' && column.kind !== 'quoted-ident')) {
      state.set(key, 'unknown');
      return;
    }
    columns.push({
      name: column.value,
      type: type.value.toLowerCase(),
      ...(generatedClause(tokens, k + 2) ? { generated: true as const } : {}),
    });
  }
}

/** Whether the column clause from `from` to its `,` holds `AS (` (a generated column, not an identity). */
function generatedClause(tokens: SqlToken[], from: number): boolean {
  let depth = 0;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && (t.text === ',' || t.text === ';')) return false;
    if (depth === 0 && t.upper === 'AS' && tokens[j + 1]?.text === '(') return true;
  }
  return false;
}

function qualifiedName(tokens: SqlToken[], at: number): { name: QualifiedName; next: number } {
  const name: string[] = [];
  let i = at;
  while (tokens[i] && (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'quoted-ident')) {
    name.push(tokens[i]!.value);
    if (tokens[i + 1]?.text !== '.') {
      i++;
      break;
    }
    i += 2;
  }
  return { name, next: i };
}

/**
 * `INSERT INTO new_t [(a, b)] SELECT * | a, b FROM t`: every row of `t` copied, with the columns
 * named (`*` for all). Undefined when the statement is not such a copy, or bounds the rows (WHERE,
 * LIMIT, JOIN, GROUP BY, DISTINCT, a set operation).
 */
export interface RowCopy {
  into: string;
  from: string;
  /** The source columns selected, lower-cased; `*` for every column. */
  columns: string[] | '*';
}

const BOUNDING = new Set([
  'WHERE',
  'LIMIT',
  'JOIN',
  'GROUP',
  'HAVING',
  'DISTINCT',
  'OFFSET',
  'UNION',
  'EXCEPT',
  'INTERSECT',
  'FETCH',
  'TOP',
]);

export function rowCopy(text: string, span: Span, dialect: SqlDialect): RowCopy | undefined {
  // Tokens are read as far as the head needs: most INSERTs are VALUES, some of them megabytes long.
  const lexer = new SqlLexer(text.slice(span.start, span.end), dialect);
  const tokens: SqlToken[] = [];
  const readTo = (index: number): void => {
    while (tokens.length <= index) {
      let token = lexer.next();
      while (token?.kind === 'comment') token = lexer.next();
      if (!token) return;
      tokens.push(token);
    }
  };
  readTo(2);
  if (tokens[0]?.upper !== 'INSERT') return undefined;
  let i = 1;
  if (tokens[i]?.upper === 'OR') i += 2;
  readTo(i);
  if (tokens[i]?.upper !== 'INTO') return undefined;
  // The target's name, and the token after it.
  for (let k = i + 1; ; k++) {
    readTo(k);
    const t = tokens[k];
    if (!t || !(t.kind === 'word' || t.kind === 'quoted-ident' || t.text === '.')) break;
  }
  const into = qualifiedName(tokens, i + 1);
  if (into.name.length === 0) return undefined;
  i = into.next;
  readTo(i);
  if (tokens[i]?.text === '(') {
    for (readTo(i); i < tokens.length && tokens[i]!.text !== ')'; readTo(++i));
    i++;
  }
  readTo(i);
  if (tokens[i]?.upper !== 'SELECT') return undefined;
  readTo(Infinity);
  const selectAt = i + 1;
  const fromAt = tokens.findIndex((t, k) => k > i && t.upper === 'FROM');
  if (fromAt < 0) return undefined;
  const from = qualifiedName(tokens, fromAt + 1);
  if (from.name.length === 0) return undefined;
  const rest = tokens.slice(from.next).filter((t) => t.text !== ';');
  const selected = tokens.slice(selectAt, fromAt);
  if (
    selected.some((t) => BOUNDING.has(t.upper ?? '')) ||
    rest.some((t) => BOUNDING.has(t.upper ?? '') || t.text === ',')
  )
    return undefined;
  // An alias after the table is fine; anything else (a subquery, a join) is not a plain copy.
  if (rest.length > 2 || (rest.length > 0 && rest.some((t) => t.kind !== 'word' && t.kind !== 'quoted-ident')))
    return undefined;
  let columns: string[] | '*';
  if (selected.length === 1 && selected[0]!.text === '*') columns = '*';
  else {
    // Plain column names separated by commas: expressions (a cast, a substring) may cut values.
    const names: string[] = [];
    for (const item of commaSeparated(selected)) {
      const name = keptColumn(item);
      if (name === undefined) return undefined;
      names.push(name);
    }
    columns = names;
  }
  return { into: nameKey(into.name), from: nameKey(from.name), columns };
}

/**
 * Files that only run on rollback (golang-migrate `.down.sql`, Diesel `down.sql`, yoyo
 * `.rollback.sql`, Flyway undo `U1__`): they sort among the up files but undo them, so replaying
 * one would drop a table the history still has.
 */
export const ROLLBACK_FILE = /(\.down\.sql|\/down\.sql|\.rollback\.sql)$|\/U\d[^/]*__[^/]*\.sql$/i;

/** Tokens split at the commas outside parentheses. */
function commaSeparated(tokens: SqlToken[]): SqlToken[][] {
  const items: SqlToken[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    if (depth === 0 && t.text === ',') items.push([]);
    else items.at(-1)!.push(t);
  }
  return items;
}

const NULL_FILLERS = new Set(['IFNULL', 'COALESCE', 'NVL', 'ISNULL']);

/**
 * The column a select item copies whole, lower-cased: `c`, or `IFNULL(c, 'x')` / `COALESCE(c, 0)`,
 * which keep every value and fill only the NULLs (Atlas and Django write one when a SQLite
 * rebuild makes a column NOT NULL). Undefined for anything that may cut values.
 */
function keptColumn(item: SqlToken[]): string | undefined {
  const isName = (t: SqlToken | undefined) => t?.kind === 'word' || t?.kind === 'quoted-ident';
  if (item.length === 1 && isName(item[0])) return item[0]!.value.toLowerCase();
  const [fn, open, column, comma, ...rest] = item;
  if (!NULL_FILLERS.has(fn?.upper ?? '') || open?.text !== '(' || !isName(column) || comma?.text !== ',') {
    return undefined;
  }
  // The filler is one literal; the item ends at the call's closing parenthesis.
  const literal = rest[0]?.text === '-' ? rest.slice(1) : rest;
  if (literal.length !== 2 || literal[1]!.text !== ')') return undefined;
  if (!['string', 'number'].includes(literal[0]!.kind) && literal[0]!.upper !== 'NULL') return undefined;
  return column!.value.toLowerCase();
}

/** Above this many earlier migrations, the history is not replayed: the state stays unknown. */
const MAX_HISTORY_FILES = 400;

/**
 * The schema the migrations before this one leave, read from the base tree: the SQL files of the
 * same migrations folder that sort before this one (`V1__`, `20240101_x.sql`, Prisma's
 * `<timestamp>_<name>/migration.sql`). Empty (everything unknown) without a base tree.
 */
export function priorSchema(
  path: string,
  baseTree: BaseTree | undefined,
  analyse: (text: string) => SqlAnalysis,
): SchemaState {
  const state: SchemaState = new Map();
  if (!baseTree) return state;
  for (const p of earlierMigrations(path, (root) => baseTree.list(root)) ?? []) {
    const text = baseTree.read(p);
    if (text === undefined) return new Map();
    replaySchema(state, analyse(text), text);
  }
  return state;
}

/**
 * The base files `priorSchema` replays for a migration, in order; undefined when there are too
 * many to replay. Exported so that a caller that must fetch the base tree ahead knows what to fetch.
 */
export function earlierMigrations(path: string, list: (folder: string) => string[]): string[] | undefined {
  const parts = path.split('/');
  const nested = parts.at(-1) === 'migration.sql' && parts.length >= 3;
  const root = parts.slice(0, nested ? -2 : -1).join('/');
  const depth = nested ? 2 : 1;
  const earlier = list(root)
    .filter(
      (p) =>
        p.endsWith('.sql') &&
        !ROLLBACK_FILE.test(p) &&
        p.split('/').length === parts.length &&
        p.slice(root.length).split('/').length - 1 === depth,
    )
    .filter((p) => p < path)
    .sort();
  return earlier.length > MAX_HISTORY_FILES ? undefined : earlier;
}

/** The tables just before `offset` of a file: the prior state, then the file's own statements. */
export function stateAt(prior: SchemaState, analysis: SqlAnalysis, text: string, offset: number): SchemaState {
  const state: SchemaState = new Map(
    [...prior].map(([k, v]) => [k, v === 'unknown' ? v : v.map((c) => ({ ...c }))] as const),
  );
  replaySchema(state, analysis, text, offset);
  return state;
}
