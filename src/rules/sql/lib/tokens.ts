import { SqlLexer, tokenize, type SqlToken } from '../../../parsers/sql/tokenizer.js';
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

const nonAscii = new WeakMap<SqlDocument, boolean>();

/**
 * False only when no code token of the document can read as one of the words or symbols
 * `pattern` matches (case-insensitively, on the raw text): a rule looking for them then skips
 * tokenizing the file. In ASCII text a word's keyword form is its upper-cased text, so the raw
 * text holds it; text with any other character may fold a look-alike into a keyword and is
 * always tokenized.
 */
export function mayHold(doc: SqlDocument, pattern: RegExp): boolean {
  let wide = nonAscii.get(doc);
  if (wide === undefined) nonAscii.set(doc, (wide = NON_ASCII.test(doc.text)));
  return wide || pattern.test(doc.text);
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The first code token at or after `offset` (a token boundary), read from there: a rule that
 * needs one word after an operation does not tokenize (and hold) the whole file for it.
 */
export function codeTokenFrom(doc: SqlDocument, offset: number): SqlToken | undefined {
  const lexer = new SqlLexer(doc.text, doc.dialect);
  lexer.pos = offset;
  for (let token = lexer.next(); token; token = lexer.next()) if (token.kind !== 'comment') return token;
  return undefined;
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
