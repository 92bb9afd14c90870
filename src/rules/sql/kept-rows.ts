import type { QualifiedName } from '../../parsers/sql/operations.js';
import { LineIndex } from '../../core/lines.js';
import { nameKey, operationsOf, type SqlDocument } from './document.js';
import { rowCopy, stateAt } from './schema-state.js';

/**
 * Why dropping a table loses nothing, when it does not: earlier in the same migration every row
 * was copied, with every column, into a table the migration created and keeps (SQLite's
 * create-copy-drop-rename rebuild that Django, Prisma and others generate). A copy with a WHERE,
 * of fewer columns than the table has, or of columns the history does not tell, does not count.
 */
export function keptRowsReason(doc: SqlDocument, table: QualifiedName, dropAt: number): string | undefined {
  const key = nameKey(table);
  for (const stmt of doc.statements) {
    if (stmt.span.start >= dropAt) break;
    const copy = rowCopy(doc.text, stmt.span, doc.dialect);
    if (!copy || copy.from !== key || copy.into === key) continue;
    const createdHere = operationsOf(doc, 'create-table').some(
      ({ operation }) =>
        nameKey(operation.name) === copy.into && !operation.temporary && operation.span.start < stmt.span.start,
    );
    if (!createdHere || droppedLater(doc, copy.into, dropAt)) continue;
    if (copy.columns !== '*') {
      const columns = stateAt(doc.prior, doc, doc.text, stmt.span.start).get(key);
      if (!Array.isArray(columns)) continue;
      const copied = new Set(copy.columns);
      if (!columns.every((c) => copied.has(c.name.toLowerCase()))) continue;
    }
    const line = new LineIndex(doc.text).lineOf(stmt.span.start);
    return `table rebuilt: every row and column of ${table.join('.')} was copied into ${copy.into} first (line ${line})`;
  }
  return undefined;
}

function droppedLater(doc: SqlDocument, key: string, after: number): boolean {
  return operationsOf(doc, 'drop').some(
    ({ operation }) =>
      operation.span.start > after &&
      operation.objectType === 'table' &&
      operation.names.some((n) => nameKey(n) === key),
  );
}
