import type { WhereBound } from '../../core/sql-operations.js';
import { NOT_A_STATEMENT_AFTER, type NameRef, type Scan } from './recognise-scan.js';
import { conditionTruth } from './recognise-where.js';

/** After these, DELETE is a trigger event, a privilege or MERGE's `THEN DELETE`, not a statement. */
const NOT_A_DELETE_BEFORE = new Set(['ON', 'WHEN', 'AS', 'TO', 'OUTPUT', 'END']);
/** After these, UPDATE is `UPDATE STATISTICS`, a trigger's `UPDATE OF c`, T-SQL `UPDATE(c)` or MERGE's `UPDATE SET`. */
const NOT_AN_UPDATE_BEFORE = new Set(['STATISTICS', 'OF', 'ON', 'SET', 'AS', 'TO']);
const DML_MODIFIERS = new Set(['LOW_PRIORITY', 'QUICK', 'IGNORE', 'DELAYED', 'HIGH_PRIORITY', 'OVERWRITE']);
const INSERT_CONFLICT = new Set(['REPLACE', 'IGNORE', 'ABORT', 'FAIL', 'ROLLBACK']);
/** Clauses after WHERE's condition. */
const AFTER_CONDITION = ['ORDER', 'LIMIT', 'RETURNING', 'OPTION', 'GROUP', 'FETCH'];

/** `DELETE [FROM] t [WHERE ...]`, MySQL `DELETE t1 FROM t1 JOIN ...`, T-SQL `DELETE TOP (n) FROM t`. */
export function readDelete(scan: Scan, i: number): void {
  if (scan.claimed.has(i) || !startsDml(scan, i, NOT_A_DELETE_BEFORE)) return;
  let j = skipTargetModifiers(scan, i + 1);
  if (scan.isWord(j, 'FROM')) j++;
  if (scan.isWord(j, 'ONLY')) j++;
  const name = scan.readName(j);
  if (!name) return;
  const end = scan.statementEnd(i, true);
  const where = whereBound(scan, name.end, end);
  emitDml(scan, 'delete', i, name, where === 'none' ? innerJoinBound(scan, name.end, end) : where);
}

/** `UPDATE t SET ... [WHERE ...]`; without a SET at its level it is not an UPDATE statement. */
export function readUpdate(scan: Scan, i: number): void {
  if (scan.claimed.has(i) || !startsDml(scan, i, NOT_AN_UPDATE_BEFORE)) return;
  let j = skipTargetModifiers(scan, i + 1);
  if (scan.isWord(j, 'ONLY')) j++;
  const name = scan.readName(j);
  if (!name) return;
  const set = scan.scanTo(name.end, (k) => scan.isWord(k, 'SET') || scan.startsStatement(k, false));
  if (!scan.isWord(set, 'SET')) return;
  const where = whereBound(scan, set + 1, scan.statementEnd(set, true));
  emitDml(scan, 'update', i, name, where === 'none' ? innerJoinBound(scan, name.end, set) : where);
}

/** Joins that keep every row of the table on their left: they bound nothing. */
const NON_BOUNDING_JOIN = new Set(['LEFT', 'RIGHT', 'FULL', 'OUTER', 'CROSS', 'NATURAL']);

/**
 * MySQL's multi-table `UPDATE t JOIN u ON cond SET ...` and `DELETE t FROM t JOIN u ON cond`:
 * an inner join touches only the rows its ON condition matches, as a WHERE would. A left or
 * cross join, or an ON that always holds, bounds nothing.
 */
function innerJoinBound(scan: Scan, from: number, end: number): WhereBound {
  let bound: WhereBound = 'none';
  for (let j = from; j < end;) {
    const join = scan.scanTo(j, (k) => k >= end || scan.isWord(k, 'JOIN', 'STRAIGHT_JOIN'));
    if (join >= end || !scan.isWord(join, 'JOIN', 'STRAIGHT_JOIN')) break;
    const on = scan.scanTo(join + 1, (k) => k >= end || scan.isWord(k, 'ON', 'USING', 'JOIN', 'STRAIGHT_JOIN'));
    j = on + 1;
    if (NON_BOUNDING_JOIN.has(scan.upper(join - 1)) || on >= end) continue;
    if (scan.isWord(on, 'USING')) {
      bound = 'bounded';
      continue;
    }
    if (!scan.isWord(on, 'ON')) continue;
    const conditionEnd = scan.scanTo(
      on + 1,
      (k) => k >= end || scan.isWord(k, 'JOIN', 'STRAIGHT_JOIN', 'SET', 'WHERE'),
    );
    if (conditionTruth(scan, on + 1, Math.min(conditionEnd, end)) !== true) bound = 'bounded';
    else if (bound === 'none') bound = 'tautology';
  }
  return bound;
}

function emitDml(scan: Scan, op: 'delete' | 'update', i: number, name: NameRef, where: WhereBound): void {
  scan.emit({ op, table: name.parts, where, span: scan.span(i) });
  scan.reference(name);
}

function startsDml(scan: Scan, i: number, notBefore: Set<string>): boolean {
  if (NOT_A_STATEMENT_AFTER.has(scan.upper(i - 1))) return false;
  const next = scan.at(i + 1);
  if (!next || next.kind === 'punct' || next.kind === 'op') return false;
  return !notBefore.has(scan.upper(i + 1));
}

function skipTargetModifiers(scan: Scan, from: number): number {
  let j = from;
  while (DML_MODIFIERS.has(scan.upper(j))) j++;
  if (scan.isWord(j, 'TOP')) {
    j = scan.after(j + 1);
    if (scan.isWord(j, 'PERCENT')) j++;
  }
  return j;
}

/** How the WHERE at this statement's own level (not a subquery's) bounds it. */
export function whereBound(scan: Scan, from: number, end: number): WhereBound {
  const where = scan.scanTo(from, (k) => k >= end || scan.isWord(k, 'WHERE'));
  if (where >= end || !scan.isWord(where, 'WHERE')) return 'none';
  const conditionEnd = scan.scanTo(where + 1, (k) => k >= end || scan.isWord(k, ...AFTER_CONDITION));
  return conditionTruth(scan, where + 1, Math.min(conditionEnd, end)) === true ? 'tautology' : 'bounded';
}

/** INSERT, REPLACE and MERGE only name their target, for the rules that look at names. */
export function readInsert(scan: Scan, i: number): void {
  if (NOT_A_STATEMENT_AFTER.has(scan.upper(i - 1)) || scan.upper(i - 1) === 'INSTEAD') return;
  let j = i + 1;
  while (DML_MODIFIERS.has(scan.upper(j))) j++;
  if (scan.isWord(j, 'OR') && INSERT_CONFLICT.has(scan.upper(j + 1))) j += 2;
  const into = scan.isWord(j, 'INTO', 'TABLE');
  if (scan.isWord(i, 'REPLACE') && !into) return;
  if (!into && scan.isWord(j, 'ON', 'AS', 'VALUES', 'SELECT', 'DEFAULT', 'OR', 'TO')) return;
  const name = scan.readName(into ? j + 1 : j);
  if (!name) return;
  scan.reference(name);
  if (overwritesWholeTable(scan, i, j, name.end)) scan.emit({ op: 'overwrite', table: name.parts, span: scan.span(i) });
}

/**
 * Spark/Hive/Databricks `INSERT OVERWRITE [TABLE] t SELECT ...` and Snowflake `INSERT OVERWRITE
 * INTO t`: every row of the table is replaced. A `PARTITION (...)` clause limits it to the
 * partitions named or produced (the idempotent daily load); `OVERWRITE DIRECTORY` writes files.
 */
function overwritesWholeTable(scan: Scan, insert: number, target: number, nameEnd: number): boolean {
  let overwrite = false;
  for (let k = insert + 1; k < target; k++) if (scan.isWord(k, 'OVERWRITE')) overwrite = true;
  if (!overwrite || scan.isWord(target, 'DIRECTORY', 'LOCAL')) return false;
  return !scan.isWord(nameEnd, 'PARTITION');
}

export function readMerge(scan: Scan, i: number): void {
  if (scan.isOp(i - 1, '=')) return; // MySQL ENGINE=MERGE
  const j = scan.isWord(i + 1, 'INTO') ? i + 2 : i + 1;
  if (scan.isWord(j, 'RANGE')) return;
  const name = scan.readName(j);
  if (name) scan.reference(name);
}
