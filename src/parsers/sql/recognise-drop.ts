import type { DroppedObjectType } from '../../core/sql-operations.js';
import { NOT_A_STATEMENT_AFTER, type NameRef, type Scan } from './recognise-scan.js';

interface DropTarget {
  objectType: DroppedObjectType;
  /** Index of the first token after the object keywords. */
  next: number;
  temporary: boolean;
}

/** One keyword after DROP naming the object type; PROCEDURE and its like are 'other'. */
const SINGLE: Record<string, DroppedObjectType> = {
  TABLE: 'table',
  VIEW: 'view',
  INDEX: 'index',
  SEQUENCE: 'sequence',
  FUNCTION: 'function',
  TYPE: 'type',
  EXTENSION: 'extension',
  TRIGGER: 'trigger',
  DATABASE: 'database',
  SCHEMA: 'schema',
  // CQL (Cassandra, Scylla, Keyspaces): a keyspace holds tables as a database does; a column family is a table.
  KEYSPACE: 'database',
  COLUMNFAMILY: 'table',
  PROCEDURE: 'other',
  PROC: 'other',
  ROUTINE: 'other',
  EVENT: 'other',
  DOMAIN: 'other',
  AGGREGATE: 'other',
  SYNONYM: 'other',
};

/** Two keywords: `DROP MATERIALIZED VIEW`, `DROP FOREIGN TABLE`, BigQuery `DROP TABLE FUNCTION`. */
const DOUBLE: Record<string, DroppedObjectType> = {
  'MATERIALIZED VIEW': 'materialized-view',
  'FOREIGN TABLE': 'table',
  'EXTERNAL TABLE': 'table',
  'SNAPSHOT TABLE': 'table',
  'TABLE FUNCTION': 'function',
  'AGGREGATE FUNCTION': 'function',
  'SEARCH INDEX': 'index',
  'VECTOR INDEX': 'index',
};

/** `DROP TABLE a, b`, `DROP TEMPORARY TABLE`, `DROP SCHEMA x CASCADE`, `DROP OWNED BY r`, and the like. */
export function readDrop(scan: Scan, i: number): void {
  if (scan.claimed.has(i)) return;
  if (scan.isWord(i + 1, 'OWNED') && scan.isWord(i + 2, 'BY')) {
    readDropOwned(scan, i);
    return;
  }
  if (scan.isWord(i + 1, 'COLUMN')) {
    readStrayDropColumn(scan, i);
    return;
  }
  const target = dropTarget(scan, i + 1);
  if (!target) return;
  let j = scan.skipIfExists(target.next);
  if (target.objectType === 'index' && scan.isWord(j, 'CONCURRENTLY')) j = scan.skipIfExists(j + 1);
  const names: NameRef[] = [];
  const tables: NameRef[] = [];
  for (;;) {
    const name = scan.readName(j);
    if (!name) break;
    names.push(name);
    j = skipAfterName(scan, target.objectType, name.end, tables);
    if (!scan.isPunct(j, ',')) break;
    j++;
  }
  if (names.length === 0) return;
  const cascade = scan.isWord(j, 'CASCADE');
  emitDrops(scan, i, target, names, cascade);
  tables.forEach((t) => scan.reference(t));
}

function dropTarget(scan: Scan, at: number): DropTarget | undefined {
  let j = at;
  const temporary = scan.isWord(j, 'TEMPORARY', 'TEMP');
  if (temporary) j++;
  const double = DOUBLE[`${scan.upper(j)} ${scan.upper(j + 1)}`];
  if (double) return { objectType: double, next: j + 2, temporary };
  const single = SINGLE[scan.upper(j)];
  return single ? { objectType: single, next: j + 1, temporary } : undefined;
}

/** Steps over a routine's argument list and an index's `ON table`, keeping that table. */
function skipAfterName(scan: Scan, objectType: DroppedObjectType, j: number, tables: NameRef[]): number {
  if ((objectType === 'function' || objectType === 'other') && scan.isPunct(j, '(')) return scan.after(j);
  const table = objectType === 'index' && scan.isWord(j, 'ON') ? scan.readName(j + 1) : undefined;
  if (!table) return j;
  tables.push(table);
  return table.end;
}

/** T-SQL `#temp` tables are temporary whatever the statement says, so they are reported apart. */
function emitDrops(scan: Scan, i: number, target: DropTarget, names: NameRef[], cascade: boolean): void {
  const isTemp = (n: NameRef) =>
    target.objectType === 'table' && scan.dialect === 'sqlserver' && (n.parts.at(-1) ?? '').startsWith('#');
  const groups = target.temporary ? [names] : [names.filter((n) => !isTemp(n)), names.filter(isTemp)];
  groups.forEach((group, index) => {
    if (group.length === 0) return;
    const temporary = target.temporary || index === 1;
    const parts = group.map((n) => n.parts);
    scan.emit({ op: 'drop', objectType: target.objectType, names: parts, temporary, cascade, span: scan.span(i) });
  });
  names.forEach((n) => scan.reference(n));
}

function readDropOwned(scan: Scan, i: number): void {
  const roles: string[] = [];
  let j = i + 3;
  for (let role = scan.identifier(j); role !== undefined; role = scan.identifier(j)) {
    roles.push(role);
    if (!scan.isPunct(j + 1, ',')) break;
    j += 2;
  }
  if (roles.length) scan.emit({ op: 'drop-owned', roles, span: scan.span(i) });
}

/** A `DROP COLUMN` the ALTER TABLE reader did not reach still drops a column of the last altered table. */
function readStrayDropColumn(scan: Scan, i: number): void {
  const at = scan.skipIfExists(i + 2);
  const column = scan.identifier(at);
  if (column === undefined) return;
  scan.emit({ op: 'drop-column', table: scan.lastAlterTable ?? [], column, span: scan.span(i) });
}

/** `TRUNCATE [TABLE] [ONLY] a, b`, but not `GRANT TRUNCATE`, `AFTER TRUNCATE ON` or MySQL's TRUNCATE(x, 2). */
export function readTruncate(scan: Scan, i: number): void {
  if (scan.claimed.has(i) || NOT_A_STATEMENT_AFTER.has(scan.upper(i - 1))) return;
  if (scan.isPunct(i + 1, '(') || scan.isWord(i + 1, 'ON', 'TO')) return;
  let j = scan.isWord(i + 1, 'TABLE') ? i + 2 : i + 1;
  const names: NameRef[] = [];
  for (;;) {
    if (scan.isWord(j, 'ONLY')) j++;
    const name = scan.readName(j);
    if (!name) break;
    names.push(name);
    j = scan.isOp(name.end, '*') ? name.end + 1 : name.end;
    if (!scan.isPunct(j, ',')) break;
    j++;
  }
  if (names.length === 0) return;
  scan.emit({ op: 'truncate', tables: names.map((n) => n.parts), span: scan.span(i) });
  names.forEach((n) => scan.reference(n));
}
