import type { ChangeContext } from '../../../core/checker.js';
import type { QualifiedName, SqlDialect } from '../../../core/sql-operations.js';
import { analyseSql } from '../../../parsers/sql/analyse.js';
import { inRanges } from '../../../parsers/sql/preprocess.js';
import { displayName, nameKey } from './document.js';
import { columnAddedEarlier, type MadeHereDocument } from './made-here.js';
import { ROLLBACK_FILE } from './schema-state.js';

/** Which earlier migration this change adds creates a table (or a column of it); undefined when none does. */
export type CreatedInChange = (table: QualifiedName, column?: string) => string | undefined;

/** A versioned migration's name: Flyway `V12__x.sql`, golang-migrate `000042_x.up.sql`, a dated folder. */
const VERSIONED = /^V?\d/;

/**
 * For a SQL migration this change adds, a lookup of what the migrations of the same folder that
 * this change also adds, and that run before it, create: dropping a table or column one of them
 * made loses nothing (an agent's second generated migration replaces the first one's column).
 * Both files must be new: a migration already on the base branch may have run in production.
 * `IF NOT EXISTS` creations never count: they succeed on an object that already holds data.
 * Versions compare numerically (`V9` runs before `V10`). The earlier files are read only when a
 * rule asks.
 */
export function createdInChange(
  path: string,
  context: ChangeContext | undefined,
  dialect: SqlDialect,
): CreatedInChange | undefined {
  const self = context?.files.find((f) => f.path === path);
  const version = versionOf(path);
  if (self?.status !== 'added' || version === undefined) return undefined;
  let earlier: { path: string; doc: MadeHereDocument }[] | undefined;
  const read = () =>
    (earlier ??= (context?.files ?? [])
      .filter((f) => f.status === 'added' && f.headText !== undefined && f.path !== path)
      .map((f) => ({ file: f, version: versionOf(f.path) }))
      .filter(
        ({ version: v }) => v?.set === version.set && v.name.localeCompare(version.name, 'en', { numeric: true }) < 0,
      )
      .map(({ file }) => ({ path: file.path, doc: readCreations(file.headText!, dialect) })));
  return (table, column) => {
    for (const { path: creator, doc } of read()) {
      if (createsTable(doc, table) || (column !== undefined && columnAddedEarlier(doc, table, column, Infinity)))
        return `${displayName(table)}${column === undefined ? '' : `.${column}`} is created by ${creator}, an earlier migration this change adds: it holds no stored data yet`;
    }
    return undefined;
  };
}

function readCreations(text: string, dialect: SqlDialect): MadeHereDocument {
  try {
    return { ...analyseSql(text, dialect, { parseEverything: true }), text };
  } catch {
    // An earlier migration that cannot be read vouches for nothing; it is reported on its own.
    return { statements: [], rollbackRanges: [], text: '', dialect };
  }
}

function createsTable(doc: MadeHereDocument, table: QualifiedName): boolean {
  const key = nameKey(table);
  return doc.statements.some(
    (stmt) =>
      !inRanges(stmt.span.start, doc.rollbackRanges) &&
      stmt.operations.some(
        (op) => op.op === 'create-table' && !op.temporary && !op.ifNotExists && nameKey(op.name) === key,
      ),
  );
}

/** The folder a migration runs in order with, and the name that orders it; undefined for an unversioned or rollback file. */
function versionOf(path: string): { set: string; name: string } | undefined {
  if (!path.endsWith('.sql') || ROLLBACK_FILE.test(path)) return undefined;
  const parts = path.split('/');
  // Prisma keeps each migration in its own dated folder: prisma/migrations/<version>_<name>/migration.sql.
  const nested = parts.at(-1) === 'migration.sql' && parts.length >= 3;
  const name = nested ? parts.at(-2)! : parts.at(-1)!;
  if (!VERSIONED.test(name)) return undefined;
  return { set: parts.slice(0, nested ? -2 : -1).join('/'), name };
}
