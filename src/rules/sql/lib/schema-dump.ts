import type { QualifiedName } from '../../../core/sql-operations.js';
import { createsOf, lineOfOffset, type SqlDocument } from './document.js';

/** What pg_dump and mysqldump write at the top of a dump. */
const DUMP_HEADER = /^-- (?:PostgreSQL database dump|MySQL dump|MariaDB dump)\b|^-- Dumped from database version\b/m;

/** Rails writes db/structure.sql (or db/<name>_structure.sql) with the dump's header comments cut. */
const STRUCTURE_FILE = /(^|\/)db\/(?:[\w-]+_)?structure\.sql$/i;

/** Folders whose files are run one by one against a live database: a dump there is a migration. */
const RUN_FOLDER = /(^|\/)(migrations?|migrate|deploy|upgrades?|changelogs?|changes|patches|releases?)\//i;

/** A schema dump: a generated picture of the schema, loaded into new databases, not a migration. */
export function isSchemaDump(path: string, text: string): boolean {
  if (RUN_FOLDER.test(path)) return false;
  return STRUCTURE_FILE.test(path) || DUMP_HEADER.test(text.slice(0, 4096));
}

/**
 * Why dropping a table in a dump loses nothing the change means to lose: `pg_dump --clean` and
 * its kin open a dump with DROPs of every object the dump then creates, so the file rebuilds the
 * schema it pictures. A table the dump drops and does not create again is reported as usual.
 */
export function dumpPreambleReason(doc: SqlDocument, table: QualifiedName, dropAt: number): string | undefined {
  if (!isSchemaDump(doc.path, doc.text)) return undefined;
  const again = createsOf(doc, table).find((create) => create.span.start > dropAt && !create.temporary);
  if (!again) return undefined;
  const line = lineOfOffset(doc, again.span.start);
  return `clean preamble of a schema dump: the file creates ${table.join('.')} again (line ${line}); a dump pictures the schema, it is not a migration`;
}
