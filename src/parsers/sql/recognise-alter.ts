import type { QualifiedName } from '../../core/sql-operations.js';
import { type Scan, wordSet } from './recognise-scan.js';
import { readType } from './recognise-type.js';
import { whereBound } from './recognise-dml.js';

/** What `DROP x` inside ALTER TABLE drops when x is one of these: not a column. */
const DROPS_NO_COLUMN = wordSet(`
  CONSTRAINT INDEX KEY FOREIGN PRIMARY UNIQUE CHECK DEFAULT PERIOD SYSTEM ROW CLUSTERING SEARCH
  FULLTEXT SPATIAL EXPRESSION IDENTITY NOT ATTRIBUTE PROJECTION STATISTICS UNUSED
`);
/** `DROP TABLE x` right after an ALTER TABLE (T-SQL without semicolons) is a statement of its own. */
const STATEMENT_OBJECTS = wordSet(`
  TABLE VIEW DATABASE SCHEMA SEQUENCE FUNCTION PROCEDURE PROC TRIGGER MATERIALIZED TYPE EXTENSION
  OWNED TEMPORARY EVENT USER ROLE
`);
/** What may follow DROP inside an ALTER COLUMN clause: `ALTER COLUMN c DROP DEFAULT`. */
const COLUMN_PROPERTY_DROPS = new Set(['DEFAULT', 'NOT', 'IDENTITY', 'EXPRESSION']);
/** Words that start an ALTER TABLE clause; after `DROP COLUMN a,` anything else is another column (T-SQL). */
const CLAUSE_STARTS = wordSet(`
  ADD DROP ALTER MODIFY CHANGE RENAME DETACH ATTACH TRUNCATE SET RESET ENABLE DISABLE VALIDATE OWNER
  CLUSTER INHERIT NO REPLICA FORCE ALGORITHM LOCK ORDER CONVERT DEFAULT CHARACTER CHARSET COLLATE
  ENGINE AUTO_INCREMENT COMMENT WITH WITHOUT NOCHECK CHECK COALESCE REORGANIZE EXCHANGE ANALYZE
  OPTIMIZE REBUILD REPAIR REMOVE DISCARD IMPORT UPGRADE SWITCH OF NOT ROW_FORMAT KEY_BLOCK_SIZE
  PARTITION SPLIT MERGE MOVE TABLESPACE UNION INDEX
`);
const SQLSERVER_CLAUSE_STARTS = wordSet('ADD DROP ALTER WITH CHECK NOCHECK ENABLE DISABLE SWITCH SET REBUILD');

interface AlterTable {
  scan: Scan;
  table: QualifiedName;
  /** The last DROP clause, which T-SQL continues with `, b` and `, COLUMN b`. */
  lastDrop?: { index: number; column: boolean };
}

/** `ALTER TABLE t ...`; for `ALTER EXTENSION|PUBLICATION x DROP ...`, only marks that DROP as no statement. */
export function readAlter(scan: Scan, i: number): void {
  const kind = scan.isWord(i + 1, 'FOREIGN') ? i + 2 : i + 1;
  if (scan.isWord(kind, 'EXTENSION', 'PUBLICATION')) {
    const member = scan.readName(kind + 1);
    if (member && scan.isWord(member.end, 'DROP')) scan.claimed.add(member.end);
    return;
  }
  if (!scan.isWord(kind, 'TABLE')) return;
  let j = scan.skipIfExists(kind + 1);
  if (scan.isWord(j, 'ONLY')) j++;
  const name = scan.readName(j);
  if (!name) return;
  scan.reference(name);
  scan.lastAlterTable = name.parts;
  j = scan.isOp(name.end, '*') ? name.end + 1 : name.end;
  if (scan.isWord(j, 'WITH') && scan.isWord(j + 1, 'CHECK', 'NOCHECK')) j += 2;
  // ClickHouse: `ALTER TABLE t ON CLUSTER c ...`.
  if (scan.isWord(j, 'ON') && scan.isWord(j + 1, 'CLUSTER')) j = scan.readName(j + 2)?.end ?? j + 2;
  readClauses({ scan, table: name.parts }, j);
}

function readClauses(alter: AlterTable, from: number): void {
  const scan = alter.scan;
  for (let j = from; j < scan.length;) {
    const end = readClause(alter, j);
    if (end === undefined || !scan.isPunct(end, ',')) return;
    j = end + 1;
  }
}

/** Reads the clause at `j`; returns where it ends, or undefined when `j` starts another statement. */
function readClause(alter: AlterTable, j: number): number | undefined {
  const scan = alter.scan;
  if (alter.lastDrop && continuesDrop(alter, j)) return readDropItem(alter, alter.lastDrop.index, j);
  alter.lastDrop = undefined;
  switch (scan.upper(j)) {
    case 'DROP':
      return readDropClause(alter, j);
    case 'ALTER':
      return readAlterColumn(alter, j);
    case 'MODIFY':
      return readModify(alter, j);
    case 'CHANGE':
      return readChange(alter, j);
    case 'RENAME':
      return readRename(alter, j);
    case 'DETACH':
    case 'TRUNCATE':
      return readPartitionClause(alter, j);
    case 'DELETE':
    case 'UPDATE':
      return readMutation(alter, j);
    case 'CLEAR':
      return readClearColumn(alter, j);
    case 'SWAP':
      return readSwap(alter, j);
    case 'SET':
      return scan.isWord(j + 1, 'UNUSED') ? readSetUnused(alter, j) : clauseEnd(scan, j + 1);
    default:
      return clauseEnd(scan, j + 1);
  }
}

function continuesDrop(alter: AlterTable, j: number): boolean {
  const scan = alter.scan;
  if (scan.isKind(j, 'quoted-ident')) return true;
  const word = scan.upper(j);
  if (word === '') return false;
  if (word === 'COLUMN' || word === 'CONSTRAINT') return true;
  return !(scan.dialect === 'sqlserver' ? SQLSERVER_CLAUSE_STARTS : CLAUSE_STARTS).has(word);
}

function readDropClause(alter: AlterTable, j: number): number | undefined {
  const scan = alter.scan;
  const word = scan.upper(j + 1);
  if (STATEMENT_OBJECTS.has(word) && scan.isKind(j + 2, 'word', 'quoted-ident')) return undefined;
  scan.claimed.add(j);
  if (word === 'PARTITION' || word === 'SUBPARTITION' || word === 'PART') return readPartitions(alter, j, j + 2, false);
  // ClickHouse `DROP DETACHED PARTITION|PART p`: deletes the detached data from disk.
  if (word === 'DETACHED' && scan.isWord(j + 2, 'PARTITION', 'PART')) return readPartitions(alter, j, j + 3, false);
  return readDropItem(alter, j, j + 1);
}

/** One dropped item at `at` (`COLUMN c`, `c`, `CONSTRAINT k`), reported at the DROP at `drop`. */
function readDropItem(alter: AlterTable, drop: number, at: number): number {
  const scan = alter.scan;
  const word = scan.upper(at);
  const previous = alter.lastDrop;
  const column = word === 'COLUMN' || (!DROPS_NO_COLUMN.has(word) && (previous?.column ?? true));
  alter.lastDrop = { index: drop, column };
  if (!column) return clauseEnd(scan, at + 1);
  const nameAt = scan.skipIfExists(word === 'COLUMN' ? at + 1 : at);
  const name = scan.identifier(nameAt);
  if (name === undefined) return clauseEnd(scan, at);
  scan.emit({ op: 'drop-column', table: alter.table, column: name, span: scan.span(drop) });
  return clauseEnd(scan, nameAt + 1);
}

/** `DROP PARTITION p1, p2`, `TRUNCATE PARTITION p1`, `DETACH PARTITION p`. */
function readPartitionClause(alter: AlterTable, j: number): number {
  const scan = alter.scan;
  if (!scan.isWord(j + 1, 'PARTITION')) return clauseEnd(scan, j + 1);
  scan.claimed.add(j);
  return readPartitions(alter, j, j + 2, scan.isWord(j, 'DETACH'));
}

function readPartitions(alter: AlterTable, keyword: number, from: number, detach: boolean): number {
  const scan = alter.scan;
  const partitions: string[] = [];
  let j = from;
  for (;;) {
    if (scan.isWord(j, 'ID') && scan.isKind(j + 1, 'string')) j++;
    const name = scan.isKind(j, 'number', 'string') ? undefined : scan.readName(j);
    if (name) partitions.push(name.parts.join('.'));
    else if (scan.isKind(j, 'number', 'string')) partitions.push(scan.at(j)!.text);
    else break;
    j = name?.end ?? j + 1;
    if (!scan.isPunct(j, ',') || CLAUSE_STARTS.has(scan.upper(j + 1))) break;
    j++;
  }
  if (partitions.length) {
    scan.emit({ op: 'drop-partition', table: alter.table, partitions, detach, span: scan.span(keyword) });
  }
  return clauseEnd(scan, j);
}

/**
 * ClickHouse mutations `ALTER TABLE t DELETE WHERE cond` and `ALTER TABLE t UPDATE c = e WHERE
 * cond`: a DELETE or UPDATE of the rows the condition matches.
 */
function readMutation(alter: AlterTable, j: number): number {
  const scan = alter.scan;
  scan.claimed.add(j);
  const end = clauseEnd(scan, j + 1);
  const op = scan.isWord(j, 'DELETE') ? 'delete' : 'update';
  const statementEnd = scan.statementEnd(j, false);
  scan.emit({ op, table: alter.table, where: whereBound(scan, j + 1, statementEnd), span: scan.span(j) });
  return end;
}

/** ClickHouse `CLEAR COLUMN c [IN PARTITION p]`: every value of the column (in the partition) is reset. */
function readClearColumn(alter: AlterTable, j: number): number {
  const scan = alter.scan;
  if (!scan.isWord(j + 1, 'COLUMN')) return clauseEnd(scan, j + 1);
  const nameAt = scan.skipIfExists(j + 2);
  const column = scan.identifier(nameAt);
  if (column !== undefined) {
    scan.emit({ op: 'drop-column', table: alter.table, column, span: scan.span(j) });
  }
  return clauseEnd(scan, nameAt + 1);
}

/** Snowflake `SWAP WITH other`: the two tables exchange names, so each name now holds the other's rows. */
function readSwap(alter: AlterTable, j: number): number {
  const scan = alter.scan;
  if (!scan.isWord(j + 1, 'WITH')) return clauseEnd(scan, j + 1);
  const other = scan.readName(j + 2);
  if (!other) return clauseEnd(scan, j + 2);
  scan.emit({ op: 'swap-tables', tables: [alter.table, other.parts], span: scan.span(j) });
  return clauseEnd(scan, other.end);
}

/**
 * Oracle `SET UNUSED (a, b)` / `SET UNUSED COLUMN a`: the columns can never be read again (a later
 * `DROP UNUSED COLUMNS` only frees their space), so each is a dropped column, reported at the SET.
 */
function readSetUnused(alter: AlterTable, j: number): number {
  const scan = alter.scan;
  let k = j + 2;
  if (scan.isWord(k, 'COLUMN')) k++;
  const names = scan.isPunct(k, '(') ? range(k + 1, scan.partner(k)) : [k];
  for (const at of names) {
    const column = scan.isPunct(at, ',') ? undefined : scan.identifier(at);
    if (column !== undefined) scan.emit({ op: 'drop-column', table: alter.table, column, span: scan.span(j) });
  }
  return clauseEnd(scan, scan.isPunct(k, '(') ? scan.after(k) : k + 1);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n);
}

/** Postgres `ALTER [COLUMN] c [SET DATA] TYPE t [USING e]`, T-SQL `ALTER COLUMN c t`. */
function readAlterColumn(alter: AlterTable, j: number): number {
  const scan = alter.scan;
  const keyword = scan.isWord(j + 1, 'COLUMN');
  const columnAt = keyword ? j + 2 : j + 1;
  const column = scan.identifier(columnAt);
  let typeAt = -1;
  if (scan.isWord(columnAt + 1, 'TYPE')) typeAt = columnAt + 2;
  else if (scan.isWord(columnAt + 1, 'SET') && scan.isWord(columnAt + 2, 'DATA') && scan.isWord(columnAt + 3, 'TYPE')) {
    typeAt = columnAt + 4;
  } else if (scan.dialect === 'sqlserver' && keyword && !scan.isWord(columnAt + 1, 'ADD', 'DROP')) {
    typeAt = columnAt + 1;
  }
  const end = clauseEnd(scan, columnAt + 1);
  if (column === undefined || typeAt < 0) return end;
  emitTypeChange(alter, j, column, typeAt, end);
  return end;
}

/** ClickHouse table settings that `MODIFY` changes without a COLUMN keyword: not columns. */
const MODIFY_NO_COLUMN = wordSet('TTL ORDER SETTING QUERY COMMENT SAMPLE STATISTICS PRIMARY SQL REFRESH');

/** MySQL `MODIFY [COLUMN] c t`, ClickHouse `MODIFY COLUMN [IF EXISTS] c t`. */
function readModify(alter: AlterTable, j: number): number {
  const scan = alter.scan;
  const keyword = scan.isWord(j + 1, 'COLUMN');
  if (!keyword && MODIFY_NO_COLUMN.has(scan.upper(j + 1))) return clauseEnd(scan, j + 1);
  const columnAt = keyword ? scan.skipIfExists(j + 2) : j + 1;
  const column = scan.identifier(columnAt);
  const end = clauseEnd(scan, columnAt + 1);
  if (column !== undefined) emitTypeChange(alter, j, column, columnAt + 1, end);
  return end;
}

/** MySQL `CHANGE [COLUMN] old new t`: a type change, and a rename when the names differ. */
function readChange(alter: AlterTable, j: number): number {
  const scan = alter.scan;
  const oldAt = scan.isWord(j + 1, 'COLUMN') ? j + 2 : j + 1;
  const from = scan.identifier(oldAt);
  const to = scan.identifier(oldAt + 1);
  const end = clauseEnd(scan, oldAt + 2);
  if (from === undefined || to === undefined) return end;
  emitTypeChange(alter, j, from, oldAt + 2, end);
  if (from.toLowerCase() !== to.toLowerCase()) {
    scan.emit({ op: 'rename-column', table: alter.table, from, to, span: scan.span(j) });
  }
  return end;
}

function emitTypeChange(alter: AlterTable, keyword: number, column: string, typeAt: number, end: number): void {
  const scan = alter.scan;
  const type = readType(scan, typeAt, end);
  if (!type.text) return;
  const usingAt = scan.scanTo(type.end, (k) => k >= end || scan.isWord(k, 'USING'));
  const using = usingAt < end && scan.isWord(usingAt, 'USING') ? scan.source(usingAt + 1, end) : undefined;
  scan.emit({
    op: 'alter-column-type',
    table: alter.table,
    column,
    newType: type.text,
    ...(using ? { using } : {}),
    span: scan.span(keyword),
  });
}

/** `RENAME TO n`, `RENAME [COLUMN] a TO b`, MySQL `RENAME n`; constraints and indexes are left alone. */
function readRename(alter: AlterTable, j: number): number {
  const scan = alter.scan;
  const end = clauseEnd(scan, j + 1);
  const span = scan.span(j);
  if (scan.isWord(j + 1, 'TO', 'AS')) {
    const to = scan.readName(j + 2);
    if (to) scan.emit({ op: 'rename-table', from: alter.table, to: to.parts.join('.'), span });
    return end;
  }
  if (scan.isWord(j + 1, 'CONSTRAINT', 'INDEX', 'KEY')) return end;
  const fromAt = scan.isWord(j + 1, 'COLUMN') ? j + 2 : j + 1;
  const from = scan.identifier(fromAt);
  const to = scan.isWord(fromAt + 1, 'TO') ? scan.identifier(fromAt + 2) : undefined;
  if (from !== undefined && to !== undefined) {
    scan.emit({ op: 'rename-column', table: alter.table, from, to, span });
  } else if (from !== undefined && fromAt === j + 1 && scan.dialect === 'mysql') {
    scan.emit({ op: 'rename-table', from: alter.table, to: from, span });
  }
  return end;
}

/**
 * Where a clause starting before `from` ends: the next `,` or whatever ends the statement. A DROP
 * inside a clause is `ALTER COLUMN c DROP DEFAULT` (claimed), or a new statement.
 */
function clauseEnd(scan: Scan, from: number): number {
  return scan.scanTo(from, (k) => {
    if (scan.isPunct(k, ',')) return true;
    if (!scan.isWord(k, 'DROP')) return scan.startsStatement(k, false);
    if (!COLUMN_PROPERTY_DROPS.has(scan.upper(k + 1))) return true;
    scan.claimed.add(k);
    return false;
  });
}
