import type { QualifiedName } from '../../../core/sql-operations.js';
import { LineIndex } from '../../../core/lines.js';
import { inRanges } from '../../../parsers/sql/preprocess.js';
import { tokenize, type SqlToken } from '../../../parsers/sql/tokenizer.js';
import type { SqlDocument } from './document.js';

/**
 * Why dropping a schema loses nothing that existed before the migration: the same migration, on
 * the same side (up or down), created it with a plain `CREATE SCHEMA` (which fails when the schema
 * is already there), so everything in it was put there by this migration. A statement between the
 * two that moves or redefines something into it (`ALTER ... SET SCHEMA`, `ALTER SCHEMA ... RENAME`,
 * MySQL's `RENAME TABLE`, `CREATE OR REPLACE`) brings in what existed before, and the drop stays
 * blocking. Read only when a DROP SCHEMA is found, so ordinary files pay nothing.
 */
export function scratchSchemaReason(doc: SqlDocument, schema: QualifiedName, dropAt: number): string | undefined {
  const name = schema.at(-1)?.toLowerCase();
  if (name === undefined) return undefined;
  const side = inRanges(dropAt, doc.rollbackRanges);
  let createdAt: number | undefined;
  for (const statement of doc.statements) {
    if (statement.span.start >= dropAt) break;
    if (inRanges(statement.span.start, doc.rollbackRanges) !== side) continue;
    const tokens = codeTokens(doc, statement.span.start, statement.span.end);
    if (createdAt === undefined) {
      if (createsSchema(tokens, name)) createdAt = statement.span.start;
      continue;
    }
    if (bringsExistingIn(tokens, name)) return undefined;
  }
  if (createdAt === undefined) return undefined;
  const line = new LineIndex(doc.text).lineOf(createdAt);
  return `${schema.join('.')} is created by this migration (line ${line}): dropping it loses only what the migration put in it`;
}

function codeTokens(doc: SqlDocument, start: number, end: number): SqlToken[] {
  return tokenize(doc.text.slice(start, end), doc.dialect).filter((t) => t.kind !== 'comment');
}

const word = (t: SqlToken | undefined) => (t?.kind === 'word' ? (t.upper ?? t.text.toUpperCase()) : undefined);
const named = (t: SqlToken | undefined, name: string) =>
  t !== undefined && (t.kind === 'word' || t.kind === 'quoted-ident') && t.value.toLowerCase() === name;

/** `CREATE SCHEMA name` (or MySQL's `CREATE DATABASE name`), without IF NOT EXISTS. */
function createsSchema(tokens: SqlToken[], name: string): boolean {
  if (word(tokens[0]) !== 'CREATE') return false;
  const what = word(tokens[1]);
  if (what !== 'SCHEMA' && what !== 'DATABASE') return false;
  return named(tokens[2], name);
}

/** A statement that may move an object that existed before into the schema, or redefine one in it. */
function bringsExistingIn(tokens: SqlToken[], name: string): boolean {
  if (!tokens.some((t) => named(t, name))) return false;
  const first = word(tokens[0]);
  if (first === 'ALTER' || first === 'RENAME') return true;
  return first === 'CREATE' && word(tokens[1]) === 'OR';
}
