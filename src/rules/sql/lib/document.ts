import type { Span } from '../../../core/types.js';
import { LineIndex } from '../../../core/lines.js';
import type { SqlAnalysis } from '../../../parsers/sql/analyse.js';
import type { QualifiedName, SqlOperation } from '../../../core/sql-operations.js';
import { inRanges } from '../../../parsers/sql/preprocess.js';
import type { SchemaFileState } from './schema-files.js';
import type { SchemaState } from './schema-state.js';
import type { ExpiryState } from './expiry-state.js';
import type { CreatedInChange } from './created-in-change.js';

/** What the SQL rules are given: one file, read into statements and operations. */
export interface SqlDocument extends SqlAnalysis {
  path: string;
  text: string;
  /** True when a name (a project, database or schema) is production by the policy or by convention. */
  isProductionName: (name: string) => boolean;
  /** The tables as the migrations before this one leave them (base tree); empty when unknown. */
  prior: SchemaState;
  /** The tables as a schema file beside the migrations says they are now (base tree), if there is one. */
  schemaFile?: SchemaFileState | undefined;
  /** How long the migrations before this one keep each table's data (TTL, expiration), by `nameKey`. */
  priorExpiries: ExpiryState;
  /** The texts of the migrations before this one in its folder (base tree); empty when none or unknown. */
  earlierMigrationTexts: string[];
  /** Which earlier migration this change adds creates a table or column (see created-in-change.ts). */
  createdInChange?: CreatedInChange | undefined;
}

export interface LocatedOperation<Op extends SqlOperation['op'] = SqlOperation['op']> {
  operation: Extract<SqlOperation, { op: Op }>;
  /** The statement the operation belongs to. */
  unit: Span;
}

const operationIndex = new WeakMap<SqlDocument, Map<SqlOperation['op'], LocatedOperation[]>>();

/** Every operation of one kind in the document, with its statement; indexed once per document. */
export function operationsOf<Op extends SqlOperation['op']>(doc: SqlDocument, op: Op): LocatedOperation<Op>[] {
  let byOp = operationIndex.get(doc);
  if (!byOp) {
    byOp = new Map();
    for (const stmt of doc.statements) {
      for (const operation of stmt.operations) {
        const list = byOp.get(operation.op) ?? [];
        list.push({ operation, unit: stmt.span });
        byOp.set(operation.op, list);
      }
    }
    operationIndex.set(doc, byOp);
  }
  return (byOp.get(op) ?? []) as unknown as LocatedOperation<Op>[];
}

const createIndex = new WeakMap<SqlDocument, Map<string, Extract<SqlOperation, { op: 'create-table' }>[]>>();

/** The CREATE TABLEs of a table, by name, in file order. */
export function createsOf(doc: SqlDocument, name: QualifiedName): Extract<SqlOperation, { op: 'create-table' }>[] {
  let byName = createIndex.get(doc);
  if (!byName) {
    byName = new Map();
    for (const { operation } of operationsOf(doc, 'create-table')) {
      const key = nameKey(operation.name);
      byName.set(key, [...(byName.get(key) ?? []), operation]);
    }
    createIndex.set(doc, byName);
  }
  return byName.get(nameKey(name)) ?? [];
}

const lineIndexes = new WeakMap<SqlDocument, LineIndex>();

/** The 1-based line of an offset, from one line index per document (a dump may give many reasons). */
export function lineOfOffset(doc: SqlDocument, offset: number): number {
  let index = lineIndexes.get(doc);
  if (!index) lineIndexes.set(doc, (index = new LineIndex(doc.text)));
  return index.lineOf(offset);
}

export function displayName(name: QualifiedName): string {
  return name.join('.');
}

/**
 * True when the same file creates the table before `offset`: dropping or emptying a table the
 * migration itself made (a scratch table) loses nothing that existed before it ran.
 */
export function createdEarlier(doc: SqlDocument, name: QualifiedName, offset: number): boolean {
  // A down section dropping what the up section created destroys data when it runs; only a
  // create on the same side of the file makes the table scratch. `CREATE TABLE IF NOT EXISTS`
  // does nothing to a table that is already there: the table and its rows may be old.
  const rollback = inRanges(offset, doc.rollbackRanges);
  return createsOf(doc, name).some(
    (create) =>
      !create.ifNotExists &&
      create.span.start < offset &&
      inRanges(create.span.start, doc.rollbackRanges) === rollback &&
      !movedIn(doc, name, create.span.start, offset),
  );
}

/**
 * True when a swap (Snowflake `SWAP WITH`) or a rename between `from` and `to` puts another
 * table under the name: the scratch table made there then holds rows that existed before.
 */
function movedIn(doc: SqlDocument, name: QualifiedName, from: number, to: number): boolean {
  const key = nameKey(name);
  const between = (span: Span) => span.start > from && span.start < to;
  return (
    operationsOf(doc, 'swap-tables').some(
      ({ operation }) => between(operation.span) && operation.tables.some((t) => nameKey(t) === key),
    ) ||
    operationsOf(doc, 'rename-table').some(
      ({ operation }) => between(operation.span) && nameKey([...operation.from.slice(0, -1), operation.to]) === key,
    )
  );
}

/** True when dropping or emptying the table loses rows that existed before the migration ran. */
export function heldDataBefore(doc: SqlDocument, name: QualifiedName, offset: number): boolean {
  return !isTemporaryTable(doc, name) && !createdEarlier(doc, name, offset);
}

export function isTemporaryTable(doc: SqlDocument, name: QualifiedName): boolean {
  const last = name.at(-1) ?? '';
  if (last.startsWith('#')) return true;
  return createsOf(doc, name).some((create) => create.temporary);
}

/** Compares names case-insensitively by their last part and schema, ignoring a default `public`/`dbo`. */
export function nameKey(name: QualifiedName): string {
  const parts = name.map((p) => p.toLowerCase());
  if (parts.length > 1 && ['public', 'dbo'].includes(parts[parts.length - 2]!)) parts.splice(parts.length - 2, 1);
  return parts.slice(-2).join('.');
}
