import type { Span } from '../../core/types.js';
import type { SqlAnalysis } from '../../parsers/sql/analyse.js';
import type { QualifiedName, SqlOperation } from '../../parsers/sql/operations.js';
import { inRanges } from '../../parsers/sql/preprocess.js';

/** What the SQL rules are given: one file, read into statements and operations. */
export interface SqlDocument extends SqlAnalysis {
  path: string;
  text: string;
  /** True when a name (a project, database or schema) is production by the policy or by convention. */
  isProductionName: (name: string) => boolean;
}

export interface LocatedOperation<Op extends SqlOperation['op'] = SqlOperation['op']> {
  operation: Extract<SqlOperation, { op: Op }>;
  /** The statement the operation belongs to. */
  unit: Span;
}

/** Every operation of one kind in the document, with its statement. */
export function operationsOf<Op extends SqlOperation['op']>(doc: SqlDocument, op: Op): LocatedOperation<Op>[] {
  const found: LocatedOperation<Op>[] = [];
  for (const stmt of doc.statements) {
    for (const operation of stmt.operations) {
      if (operation.op === op)
        found.push({ operation: operation as Extract<SqlOperation, { op: Op }>, unit: stmt.span });
    }
  }
  return found;
}

export function displayName(name: QualifiedName): string {
  return name.join('.');
}

/**
 * True when the same file creates the table before `offset`: dropping or emptying a table the
 * migration itself made (a scratch table) loses nothing that existed before it ran.
 */
export function createdEarlier(doc: SqlDocument, name: QualifiedName, offset: number): boolean {
  const key = nameKey(name);
  // A down section dropping what the up section created destroys data when it runs; only a
  // create on the same side of the file makes the table scratch.
  const rollback = inRanges(offset, doc.rollbackRanges);
  return operationsOf(doc, 'create-table').some(
    ({ operation }) =>
      operation.span.start < offset &&
      nameKey(operation.name) === key &&
      inRanges(operation.span.start, doc.rollbackRanges) === rollback,
  );
}

export function isTemporaryTable(doc: SqlDocument, name: QualifiedName): boolean {
  const last = name.at(-1) ?? '';
  if (last.startsWith('#')) return true;
  const key = nameKey(name);
  return operationsOf(doc, 'create-table').some(
    ({ operation }) => operation.temporary && nameKey(operation.name) === key,
  );
}

/** Compares names case-insensitively by their last part and schema, ignoring a default `public`/`dbo`. */
export function nameKey(name: QualifiedName): string {
  const parts = name.map((p) => p.toLowerCase());
  if (parts.length > 1 && ['public', 'dbo'].includes(parts[parts.length - 2]!)) parts.splice(parts.length - 2, 1);
  return parts.slice(-2).join('.');
}
