import type { QualifiedName } from '../../../core/sql-operations.js';
import { lineOfOffset, nameKey, operationsOf, type SqlDocument } from './document.js';
import type { AnalysedStatement } from '../../../core/sql-operations.js';
import { rowCopy, stateAt, type RowCopy } from './schema-state.js';

/**
 * Why dropping a table loses nothing, when it does not: earlier in the same migration every row
 * was copied, with every column, into a table the migration created and keeps (SQLite's
 * create-copy-drop-rename rebuild that Django, Prisma and others generate). A copy with a WHERE,
 * of fewer columns than the table has, or of columns the history does not tell, does not count.
 */
export function keptRowsReason(doc: SqlDocument, table: QualifiedName, dropAt: number): string | undefined {
  const key = nameKey(table);
  for (const { stmt, copy } of rowCopies(doc)) {
    if (stmt.span.start >= dropAt) break;
    if (copy.from !== key || copy.into === key) continue;
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
    const line = lineOfOffset(doc, stmt.span.start);
    return `table rebuilt: every row and column of ${table.join('.')} was copied into ${copy.into} first (line ${line})`;
  }
  return undefined;
}

const copiesOf = new WeakMap<SqlDocument, { stmt: AnalysedStatement; copy: RowCopy }[]>();

/** The statements that copy rows (`INSERT INTO t SELECT ... FROM s`), in file order, read once per document. */
function rowCopies(doc: SqlDocument): { stmt: AnalysedStatement; copy: RowCopy }[] {
  let copies = copiesOf.get(doc);
  if (!copies) {
    copies = [];
    for (const stmt of doc.statements) {
      if (!mayBeInsert(doc.text, stmt.span.start)) continue;
      const copy = rowCopy(doc.text, stmt.span, doc.dialect);
      if (copy) copies.push({ stmt, copy });
    }
    copiesOf.set(doc, copies);
  }
  return copies;
}

/**
 * False only when the statement at `start` cannot begin with the word INSERT: in ASCII its
 * keyword form is its upper-cased text; a head with any other character (a look-alike letter,
 * an invisible one) is read in full.
 */
function mayBeInsert(text: string, start: number): boolean {
  const head = text.slice(start, start + 7);
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(head) || /^insert(?![A-Za-z0-9_])/i.test(head);
}

function droppedLater(doc: SqlDocument, key: string, after: number): boolean {
  return operationsOf(doc, 'drop').some(
    ({ operation }) =>
      operation.span.start > after &&
      operation.objectType === 'table' &&
      operation.names.some((n) => nameKey(n) === key),
  );
}
