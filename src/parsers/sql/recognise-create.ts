import type { ColumnDefinition } from '../../core/sql-operations.js';
import { type Scan, wordSet } from './recognise-scan.js';
import { readType } from './recognise-type.js';

const TABLE_MODIFIERS = new Set(['GLOBAL', 'LOCAL', 'TEMPORARY', 'TEMP', 'UNLOGGED', 'TRANSIENT', 'VOLATILE']);
const INDEX_MODIFIERS = wordSet('UNIQUE CLUSTERED NONCLUSTERED FULLTEXT SPATIAL BITMAP COLUMNSTORE');
/** Table elements that are not columns. */
const NOT_COLUMNS = wordSet('CONSTRAINT PRIMARY FOREIGN UNIQUE CHECK KEY INDEX FULLTEXT SPATIAL EXCLUDE LIKE PERIOD');
/** Words that end a SELECT ... INTO's search for its SELECT: the INTO belongs to them instead. */
const NOT_SELECT_INTO = wordSet('INSERT MERGE REPLACE UPDATE DELETE OUTPUT FETCH EXEC EXECUTE INTO FROM WHERE');
const SELECT_INTO_LOOKBACK = 1000;

/** `CREATE [TEMP] TABLE [IF NOT EXISTS] name (col type, ...)`, and the table of `CREATE INDEX ... ON t`. */
export function readCreate(scan: Scan, i: number): void {
  let j = scan.isWord(i + 1, 'OR') && scan.isWord(i + 2, 'REPLACE') ? i + 3 : i + 1;
  let temporary = false;
  while (TABLE_MODIFIERS.has(scan.upper(j))) {
    temporary ||= scan.isWord(j, 'TEMPORARY', 'TEMP');
    j++;
  }
  while (INDEX_MODIFIERS.has(scan.upper(j))) j++;
  if (scan.isWord(j, 'INDEX')) {
    readIndexTable(scan, j + 1);
    return;
  }
  if (!scan.isWord(j, 'TABLE')) return;
  const nameAt = scan.skipIfExists(j + 1);
  const name = scan.readName(nameAt);
  if (!name) return;
  temporary ||= isSqlServerTemp(scan, name.parts);
  const columns = scan.isPunct(name.end, '(') ? readColumns(scan, name.end) : [];
  const ifNotExists = nameAt !== j + 1 ? { ifNotExists: true } : {};
  scan.emit({ op: 'create-table', name: name.parts, temporary, columns, span: scan.span(i), ...ifNotExists });
  scan.reference(name);
}

function readIndexTable(scan: Scan, from: number): void {
  for (let j = from; j < Math.min(from + 8, scan.length); j++) {
    if (!scan.isWord(j, 'ON')) continue;
    const table = scan.readName(scan.isWord(j + 1, 'ONLY') ? j + 2 : j + 1);
    if (table) scan.reference(table);
    return;
  }
}

/**
 * `GENERATED ALWAYS AS (expr)` or MySQL/SQLite `AS (expr)` among a column's options; an identity
 * (`GENERATED ... AS IDENTITY`) holds values of its own and is not one.
 */
function isGenerated(scan: Scan, from: number, end: number): boolean {
  for (let k = from; k < end; k = scan.after(k)) {
    if (scan.isWord(k, 'AS') && scan.isPunct(k + 1, '(')) return true;
  }
  return false;
}

function readColumns(scan: Scan, open: number): ColumnDefinition[] {
  const close = scan.partner(open);
  if (close < 0) return [];
  const columns: ColumnDefinition[] = [];
  let start = open + 1;
  let angles = 0;
  for (let j = start; j <= close; j = scan.after(j)) {
    angles = Math.max(0, angles + angleChange(scan, j));
    if (j !== close && (angles > 0 || !scan.isPunct(j, ','))) continue;
    const name = scan.identifier(start);
    if (name !== undefined && j > start && !NOT_COLUMNS.has(scan.upper(start))) {
      const type = readType(scan, start + 1, j);
      columns.push({ name, type: type.text, ...(isGenerated(scan, type.end, j) ? { generated: true as const } : {}) });
    }
    start = j + 1;
  }
  return columns;
}

/** BigQuery's `STRUCT<a INT64, b STRING>` has commas that do not separate columns. */
function angleChange(scan: Scan, j: number): number {
  if (scan.dialect !== 'bigquery') return 0;
  if (scan.isOp(j, '<') && scan.isWord(j - 1, 'ARRAY', 'STRUCT', 'RANGE')) return 1;
  if (scan.isOp(j, '>')) return -1;
  return scan.isOp(j, '>>') ? -2 : 0;
}

/**
 * T-SQL `SELECT ... INTO #tmp FROM` (and Postgres `SELECT ... INTO new_table`) creates a table.
 * Elsewhere `SELECT ... INTO` fills variables, so only those two dialects are read.
 */
export function readSelectInto(scan: Scan, i: number): void {
  if (scan.dialect !== 'sqlserver' && scan.dialect !== 'postgres') return;
  let j = i + 1;
  let temporary = false;
  while (scan.isWord(j, 'TEMP', 'TEMPORARY', 'UNLOGGED', 'TABLE')) {
    temporary ||= scan.isWord(j, 'TEMP', 'TEMPORARY');
    j++;
  }
  const name = scan.isKind(j, 'word', 'quoted-ident') ? scan.readName(j) : undefined;
  if (!name || !followsSelect(scan, i)) return;
  temporary ||= isSqlServerTemp(scan, name.parts);
  scan.emit({ op: 'create-table', name: name.parts, temporary, columns: [], span: scan.span(i) });
  scan.reference(name);
}

/** Whether the INTO at `i` belongs to a SELECT at its own parenthesis level. */
function followsSelect(scan: Scan, i: number): boolean {
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < SELECT_INTO_LOOKBACK; steps++) {
    if (scan.isPunct(j, ')')) {
      j = scan.partner(j) - 1;
      if (j < -1) return false;
      continue;
    }
    if (scan.isPunct(j, '(') || scan.isPunct(j, ';')) return false;
    const word = scan.upper(j);
    if (word === 'SELECT') return true;
    if (NOT_SELECT_INTO.has(word)) return false;
    j--;
  }
  return false;
}

function isSqlServerTemp(scan: Scan, name: string[]): boolean {
  return scan.dialect === 'sqlserver' && (name.at(-1) ?? '').startsWith('#');
}
