import { SqlLexer, tokenize, type SqlToken } from '../../../parsers/sql/tokenizer.js';
import { keywordForm } from '../../../parsers/sql/tokenizer-chars.js';
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

const searchable = new WeakMap<SqlDocument, string>();

/**
 * False only when no code token of the document can read as one of the words or symbols
 * `pattern` matches (case-insensitively): a rule looking for them then skips tokenizing the
 * file. In ASCII text a word's keyword form is its upper-cased text, so the raw text holds it;
 * each run of characters around a non-ASCII one is searched in its keyword form (NFKC, invisibles
 * removed, look-alikes read as Latin: what `keywordForm` does to a word), so a look-alike still
 * counts. A run holds every word character next to it, so it is never narrower than a token.
 */
export function mayHold(doc: SqlDocument, pattern: RegExp): boolean {
  let text = searchable.get(doc);
  if (text === undefined) {
    text = NON_ASCII.test(doc.text) ? inKeywordForm(doc.text) : doc.text;
    searchable.set(doc, text);
  }
  return pattern.test(text);
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** The text with each run of word characters around a non-ASCII character in its keyword form. */
function inKeywordForm(text: string): string {
  const found = new RegExp(NON_ASCII.source, 'g');
  let out = '';
  let done = 0;
  for (let m = found.exec(text); m; m = found.exec(text)) {
    let start = m.index;
    while (start > done && isAsciiWordCode(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && (text.charCodeAt(end) > 0x7f || isAsciiWordCode(text.charCodeAt(end)))) end++;
    out += text.slice(done, start) + keywordForm(text.slice(start, end));
    done = found.lastIndex = end;
  }
  return out + text.slice(done);
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

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

/**
 * The code tokens of the statements where `word` (a global, case-insensitive pattern of one
 * ASCII word) stands, in file order: a rule after a word that prose often holds (PROGRAM in a
 * licence header) tokenizes those statements only. In ASCII text a token reading as the word
 * holds it as written, up to case; other text is tokenized whole (a look-alike may spell it).
 */
export function codeTokensWhere(doc: SqlDocument, word: RegExp): SqlToken[] {
  if (NON_ASCII.test(doc.text)) return codeTokens(doc);
  const tokens: SqlToken[] = [];
  let last: { start: number; end: number } | undefined;
  for (const match of doc.text.matchAll(word)) {
    const span = statementAt(doc, { start: match.index, end: match.index + match[0].length });
    if (span === last || (span.start === match.index && span.end === match.index + match[0].length)) continue;
    last = span;
    const lexer = new SqlLexer(doc.text, doc.dialect);
    lexer.pos = span.start;
    for (let token = lexer.next(); token && token.start < span.end; token = lexer.next()) {
      if (token.kind !== 'comment') tokens.push(token);
    }
  }
  return tokens;
}

/** The statement (by the analysis) that holds an offset, or a span of the token alone; statements are in file order. */
export function statementAt(doc: SqlDocument, token: { start: number; end: number }): { start: number; end: number } {
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
