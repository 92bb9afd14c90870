import type { QualifiedName } from '../../../core/sql-operations.js';
import { inRanges } from '../../../parsers/sql/preprocess.js';
import { tokenize, type SqlToken } from '../../../parsers/sql/tokenizer.js';
import { nameKey, type SqlDocument } from './document.js';

/**
 * Objects the same migration made before an offset, on the same side of the file (an up section
 * does not make what a down section drops scratch): dropping them loses nothing that existed
 * before the migration ran. `IF NOT EXISTS` does nothing to an object that is already there, so
 * such an object may be old and never counts.
 */

/** What reading a file's own creations needs: its statements, text and down sections. */
export type MadeHereDocument = Pick<SqlDocument, 'statements' | 'rollbackRanges' | 'text' | 'dialect'>;

/** True when `ALTER TABLE table ADD [COLUMN] column` comes earlier in the file. */
export function columnAddedEarlier(
  doc: MadeHereDocument,
  table: QualifiedName,
  column: string,
  offset: number,
): boolean {
  const key = nameKey(table);
  const wanted = column.toLowerCase();
  return statementsBefore(doc, offset, /\badd\b/i).some((tokens) => {
    if (!isWord(tokens[0], 'ALTER') || !isWord(tokens[1], 'TABLE')) return false;
    let i = 2;
    if (isWord(tokens[i], 'IF') && isWord(tokens[i + 1], 'EXISTS')) i += 2;
    if (isWord(tokens[i], 'ONLY')) i++;
    const { name, next } = dottedName(tokens, i);
    if (name.length === 0 || nameKey(name) !== key) return false;
    for (let j = next; j < tokens.length; j++) {
      if (!isWord(tokens[j], 'ADD') || (j > next && tokens[j - 1]?.text !== ',')) continue;
      const k = isWord(tokens[j + 1], 'COLUMN') ? j + 2 : j + 1;
      if (isWord(tokens[k], 'IF')) continue;
      const added = tokens[k];
      if (added && isName(added) && added.value.toLowerCase() === wanted) return true;
    }
    return false;
  });
}

/** The code tokens of each statement before `offset`, on its side, whose text `cheap` matches. */
function statementsBefore(doc: MadeHereDocument, offset: number, cheap: RegExp): SqlToken[][] {
  const rollback = inRanges(offset, doc.rollbackRanges);
  const found: SqlToken[][] = [];
  for (const stmt of doc.statements) {
    if (stmt.span.start >= offset) break;
    if (inRanges(stmt.span.start, doc.rollbackRanges) !== rollback) continue;
    const text = doc.text.slice(stmt.span.start, stmt.span.end);
    if (!cheap.test(text)) continue;
    found.push(tokenize(text, doc.dialect).filter((t) => t.kind !== 'comment'));
  }
  return found;
}

function dottedName(tokens: SqlToken[], at: number): { name: string[]; next: number } {
  const name: string[] = [];
  let i = at;
  while (tokens[i] && isName(tokens[i]!)) {
    name.push(tokens[i]!.value);
    if (tokens[i + 1]?.text !== '.') return { name, next: i + 1 };
    i += 2;
  }
  return { name, next: i };
}

function isName(token: SqlToken): boolean {
  return token.kind === 'word' || token.kind === 'quoted-ident';
}

function isWord(token: SqlToken | undefined, word: string): boolean {
  return token?.kind === 'word' && token.upper === word;
}
