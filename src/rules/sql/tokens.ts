import { tokenize, type SqlToken } from '../../parsers/sql/tokenizer.js';
import type { SqlDocument } from './document.js';

const cache = new WeakMap<SqlDocument, SqlToken[]>();

/** The document's tokens without comments, read once per document for the rules that look at words. */
export function codeTokens(doc: SqlDocument): SqlToken[] {
  let tokens = cache.get(doc);
  if (!tokens) {
    tokens = tokenize(doc.text, doc.dialect).filter((t) => t.kind !== 'comment');
    cache.set(doc, tokens);
  }
  return tokens;
}

/** The statement (by the analysis) that holds an offset, or a span of the token alone; statements are in file order. */
export function statementAt(doc: SqlDocument, token: SqlToken): { start: number; end: number } {
  const { statements } = doc;
  let low = 0;
  let high = statements.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = statements[mid]!.span;
    if (token.start < span.start) high = mid - 1;
    else if (token.start >= span.end) low = mid + 1;
    else return span;
  }
  return { start: token.start, end: token.end };
}

export function isWord(token: SqlToken | undefined, word: string): boolean {
  return token?.kind === 'word' && token.upper === word;
}
