import type { SqlDialect } from '../../core/sql-operations.js';
import { isSpaceOrInvisible, isUnicodeWordPart, keywordForm } from './tokenizer-chars.js';

export type SqlTokenKind = 'word' | 'quoted-ident' | 'string' | 'number' | 'variable' | 'punct' | 'op' | 'comment';

export interface SqlToken {
  kind: SqlTokenKind;
  /** The source text, exactly as written. */
  text: string;
  /** Identifiers and strings unquoted and unescaped, a comment's body, otherwise the text. */
  value: string;
  /** A word's keyword form: NFKC-normalised, invisible characters removed, upper-cased. */
  upper?: string;
  start: number;
  end: number;
  /** Where a string's or quoted identifier's contents lie in the source, inside the quotes. */
  contentStart?: number;
  contentEnd?: number;
  /** A string, quoted identifier or comment that runs to the end of the text. */
  unterminated?: boolean;
}

type Backslash = 'none' | 'escape' | 'raw';

interface QuoteRules {
  close: string;
  doubling: boolean;
  backslash: Backslash;
}

const PUNCT = new Set(['(', ')', ',', ';', '.']);

/** Longest first, so that `<=>` wins over `<=`. */
const MULTI_CHAR_OPS =
  '<=> ->> #>> :: := <> != >= <= || && -> #> @> <@ => == << >> += -= *= /= %= !< !> ~* !~ ?| ?&'.split(' ');

const BACKSLASH_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', '0': '\0', Z: '\x1a' };

/** Splits SQL text into tokens. Linear in the text's length; never throws. */
export function tokenize(text: string, dialect: SqlDialect): SqlToken[] {
  const lexer = new SqlLexer(text, dialect);
  const tokens: SqlToken[] = [];
  for (let token = lexer.next(); token; token = lexer.next()) tokens.push(token);
  return tokens;
}

/** Saved lexer position, for looking ahead. */
export interface LexerState {
  pos: number;
  inExecutableComment: boolean;
}

/**
 * Reads one token at a time, so that the statement splitter can change the MySQL client's
 * delimiter (`DELIMITER //`) in the middle of a file.
 */
export class SqlLexer {
  pos = 0;
  /** A MySQL client delimiter other than `;`: words stop where it starts, as in `END$$`. */
  delimiter: string | undefined;
  /** Inside MySQL's `/*! ... *\/`, whose contents MySQL runs as code. */
  private inExecutableComment = false;

  constructor(
    readonly text: string,
    readonly dialect: SqlDialect,
  ) {}

  save(): LexerState {
    return { pos: this.pos, inExecutableComment: this.inExecutableComment };
  }

  restore(state: LexerState): void {
    this.pos = state.pos;
    this.inExecutableComment = state.inExecutableComment;
  }

  /** Moves past whitespace and returns where the next token starts (the text's length at the end). */
  skipSpace(): number {
    const text = this.text;
    // An invisible character between tokens is space; inside a word it is part of the word.
    while (this.pos < text.length && isSpaceOrInvisible(text.charCodeAt(this.pos))) this.pos++;
    return this.pos;
  }

  next(): SqlToken | undefined {
    if (this.skipSpace() >= this.text.length) return undefined;
    const token = this.scan(this.pos);
    this.pos = Math.max(token.end, this.pos + 1);
    return token;
  }

  private scan(start: number): SqlToken {
    const text = this.text;
    const c = text[start]!;
    const n = text[start + 1];
    const dialect = this.dialect;
    if (c === '-' && n === '-' && this.dashDashStartsComment(start)) return this.lineComment(start, 2);
    if (c === '#' && (dialect === 'mysql' || dialect === 'bigquery')) return this.lineComment(start, 1);
    if (c === '/' && n === '*') return this.blockComment(start);
    if (c === '*' && n === '/' && this.inExecutableComment) {
      this.inExecutableComment = false;
      return this.make('comment', start, start + 2, '');
    }
    if (c === "'" && dialect === 'bigquery') return this.bigQueryString(start, start, false);
    if (c === "'") return this.quoted(start, start, this.stringRules("'"), 'string');
    if (c === '"') return this.doubleQuoted(start, start);
    if (c === '`' && dialect !== 'postgres' && dialect !== 'sqlserver') return this.backtick(start);
    if (c === '[' && (dialect === 'sqlserver' || dialect === 'sqlite')) {
      return this.quoted(start, start, { close: ']', doubling: true, backslash: 'none' }, 'quoted-ident');
    }
    if (isDigit(c) || (c === '.' && isDigit(n))) return this.number(start);
    if (c === '$') return this.dollar(start);
    if (c === '@' && dialect !== 'postgres') return this.variable(start, 1);
    if (c === ':') return this.colon(start);
    if (c === '?' && dialect !== 'postgres') return this.make('variable', start, start + 1);
    if (c === '#' && dialect === 'sqlserver') return this.word(start);
    if (this.isWordPart(start) && !isDigit(c)) return this.word(start);
    if (PUNCT.has(c)) return this.make('punct', start, start + 1);
    return this.operator(start);
  }

  private make(
    kind: SqlToken['kind'],
    start: number,
    end: number,
    value?: string,
    extra?: Partial<SqlToken>,
  ): SqlToken {
    const text = this.text.slice(start, end);
    const token: SqlToken = { kind, text, value: value ?? text, start, end };
    // Object.assign, not a spread: spreading tokens is many times slower in V8 here.
    return extra ? Object.assign(token, extra) : token;
  }

  /** MySQL needs whitespace after `--`: `5--1` is five minus minus one there. */
  private dashDashStartsComment(start: number): boolean {
    if (this.dialect !== 'mysql') return true;
    const after = this.text.charCodeAt(start + 2);
    return Number.isNaN(after) || after <= 32;
  }

  private lineComment(start: number, markerLength: number): SqlToken {
    const text = this.text;
    let end = start + markerLength;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    return this.make('comment', start, end, text.slice(start + markerLength, end));
  }

  private blockComment(start: number): SqlToken {
    const text = this.text;
    if (this.dialect === 'mysql' && !this.inExecutableComment) {
      const executable = /\/\*M?!\d{0,6}/y;
      executable.lastIndex = start;
      const marker = executable.exec(text);
      if (marker) {
        this.inExecutableComment = true;
        return this.make('comment', start, start + marker[0].length, '');
      }
    }
    const nested = this.dialect === 'postgres' || this.dialect === 'sqlserver';
    let depth = 0;
    for (let i = start; i < text.length - 1; i++) {
      if (text[i] === '/' && text[i + 1] === '*') {
        depth++;
        i++;
      } else if (text[i] === '*' && text[i + 1] === '/') {
        depth = nested ? depth - 1 : 0;
        i++;
        if (depth === 0) return this.make('comment', start, i + 1, text.slice(start + 2, i - 1));
      }
    }
    return this.make('comment', start, text.length, text.slice(start + 2), { unterminated: true });
  }

  private stringRules(quote: string): QuoteRules {
    const mysql = this.dialect === 'mysql';
    return {
      close: quote,
      doubling: this.dialect !== 'bigquery',
      backslash: mysql || this.dialect === 'bigquery' ? 'escape' : 'none',
    };
  }

  private doubleQuoted(start: number, quoteAt: number): SqlToken {
    if (this.dialect === 'bigquery') return this.bigQueryString(start, quoteAt, false);
    if (this.dialect === 'mysql') {
      return this.quoted(start, quoteAt, this.stringRules('"'), 'string');
    }
    return this.quoted(start, quoteAt, { close: '"', doubling: true, backslash: 'none' }, 'quoted-ident');
  }

  private backtick(start: number): SqlToken {
    const bigquery = this.dialect === 'bigquery';
    return this.quoted(
      start,
      start,
      { close: '`', doubling: !bigquery, backslash: bigquery ? 'escape' : 'none' },
      'quoted-ident',
    );
  }

  /** A quoted string or identifier whose opening quote is at `quoteAt` (after any prefix such as `N`). */
  private quoted(start: number, quoteAt: number, rules: QuoteRules, kind: 'string' | 'quoted-ident'): SqlToken {
    const text = this.text;
    const close = rules.close;
    const contentStart = quoteAt + close.length;
    let value = '';
    let chunk = contentStart;
    let i = contentStart;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\' && rules.backslash !== 'none' && i + 1 < text.length) {
        const escaped = text[i + 1]!;
        value += text.slice(chunk, i) + (rules.backslash === 'raw' ? `\\${escaped}` : unescape(escaped));
        i += 2;
        chunk = i;
      } else if (c === close[0] && text.startsWith(close, i)) {
        if (rules.doubling && close.length === 1 && text[i + 1] === c) {
          value += text.slice(chunk, i + 1);
          i += 2;
          chunk = i;
          continue;
        }
        value += text.slice(chunk, i);
        return this.make(kind, start, i + close.length, value, { contentStart, contentEnd: i });
      } else if (rules.backslash === 'none') {
        // Only the closing quote matters: jump to it rather than stepping through long literals.
        const next = text.indexOf(close[0]!, i + 1);
        i = next < 0 ? text.length : next;
      } else {
        i++;
      }
    }
    value += text.slice(chunk);
    return this.make(kind, start, text.length, value, { contentStart, contentEnd: text.length, unterminated: true });
  }

  private number(start: number): SqlToken {
    const text = this.text;
    let i = start;
    if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X') && isHexDigit(text[i + 2])) {
      i += 2;
      while (isHexDigit(text[i])) i++;
    } else {
      while (isDigit(text[i])) i++;
      if (text[i] === '.' && text[i + 1] !== '.') {
        i++;
        while (isDigit(text[i])) i++;
      }
      if ((text[i] === 'e' || text[i] === 'E') && exponentFollows(text, i + 1)) {
        i += text[i + 1] === '+' || text[i + 1] === '-' ? 2 : 1;
        while (isDigit(text[i])) i++;
      }
    }
    // MySQL and BigQuery names may start with a digit: `2fa_codes`.
    if ((this.dialect === 'mysql' || this.dialect === 'bigquery') && i < text.length && this.isWordPart(i)) {
      return this.word(start);
    }
    return this.make('number', start, i);
  }

  private dollar(start: number): SqlToken {
    const text = this.text;
    const dialect = this.dialect;
    if (dialect === 'postgres') {
      if (isDigit(text[start + 1])) return this.digitsAfter(start, 'variable');
      const tag = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
      tag.lastIndex = start;
      const opening = tag.exec(text)?.[0];
      if (opening) return this.dollarQuoted(start, opening);
      return this.make('op', start, start + 1);
    }
    if (dialect === 'sqlite' && start + 1 < text.length && this.isWordPart(start + 1)) {
      return this.variable(start, 1);
    }
    if (dialect === 'mysql' || dialect === 'sqlserver') return this.word(start);
    return this.make('op', start, start + 1);
  }

  private dollarQuoted(start: number, tag: string): SqlToken {
    const contentStart = start + tag.length;
    const close = this.text.indexOf(tag, contentStart);
    const end = close < 0 ? this.text.length : close;
    const extra = { contentStart, contentEnd: end, ...(close < 0 ? { unterminated: true } : {}) };
    return this.make('string', start, close < 0 ? end : close + tag.length, this.text.slice(contentStart, end), extra);
  }

  private digitsAfter(start: number, kind: SqlToken['kind']): SqlToken {
    let i = start + 1;
    while (isDigit(this.text[i])) i++;
    return this.make(kind, start, i);
  }

  /** `@x`, `@@x`, MySQL's `@'x'`; a lone `@` is an operator. */
  private variable(start: number, sigils: number): SqlToken {
    const text = this.text;
    let i = start + sigils;
    if (text[start] === '@' && text[i] === '@') i++;
    const quote = text[i];
    if (this.dialect === 'mysql' && (quote === "'" || quote === '"' || quote === '`')) {
      const inner = this.quoted(i, i, { close: quote, doubling: true, backslash: 'escape' }, 'string');
      return this.make(
        'variable',
        start,
        inner.end,
        undefined,
        inner.unterminated ? { unterminated: true } : undefined,
      );
    }
    if (i >= text.length || !this.isWordPart(i)) return this.make('op', start, start + 1);
    while (i < text.length && this.isWordPart(i)) i++;
    return this.make('variable', start, i);
  }

  private colon(start: number): SqlToken {
    const text = this.text;
    const next = text[start + 1];
    if (next === ':' || next === '=') return this.make('op', start, start + 2);
    const named = this.dialect === 'postgres' || this.dialect === 'sqlite';
    if (named && (next === "'" || next === '"') && this.dialect === 'postgres') {
      const inner = this.quoted(start + 1, start + 1, { close: next, doubling: true, backslash: 'none' }, 'string');
      return this.make('variable', start, inner.end);
    }
    if (named && start + 1 < text.length && this.isWordPart(start + 1) && !isDigit(next)) {
      return this.variable(start, 1);
    }
    return this.make('op', start, start + 1);
  }

  private word(start: number): SqlToken {
    const text = this.text;
    let i = start + 1;
    while (i < text.length && this.isWordPart(i) && !(this.delimiter && text.startsWith(this.delimiter, i))) i++;
    const prefixed = this.prefixedString(start, i);
    if (prefixed) return prefixed;
    const raw = text.slice(start, i);
    return { kind: 'word', text: raw, value: raw, upper: keywordForm(raw), start, end: i };
  }

  /** `N'..'`, `E'..'`, `X'..'`, `_utf8mb4'..'`, BigQuery `r'..'`, `b"""..."""`. */
  private prefixedString(start: number, end: number): SqlToken | undefined {
    const text = this.text;
    const quote = text[end];
    const prefix = text.slice(start, end).toUpperCase();
    if (quote === "'") {
      const rules = this.prefixRules(prefix);
      if (rules) return this.quoted(start, end, rules, 'string');
    }
    if (this.dialect === 'bigquery' && (quote === "'" || quote === '"') && /^(R|B|RB|BR)$/.test(prefix)) {
      return this.bigQueryString(start, end, prefix.includes('R'));
    }
    if (this.dialect === 'postgres' && prefix === 'U' && text[end] === '&') {
      if (text[end + 1] === "'") return this.quoted(start, end + 1, this.stringRules("'"), 'string');
      if (text[end + 1] === '"') return this.doubleQuoted(start, end + 1);
    }
    return undefined;
  }

  private prefixRules(prefix: string): QuoteRules | undefined {
    const plain: QuoteRules = { close: "'", doubling: true, backslash: 'none' };
    switch (this.dialect) {
      case 'postgres':
        if (prefix === 'E') return { ...plain, backslash: 'escape' };
        return ['N', 'B', 'X'].includes(prefix) ? plain : undefined;
      case 'mysql':
        return ['N', 'B', 'X'].includes(prefix) || /^_[A-Z0-9]+$/.test(prefix) ? this.stringRules("'") : undefined;
      case 'sqlserver':
        return prefix === 'N' ? plain : undefined;
      case 'sqlite':
        return prefix === 'X' ? plain : undefined;
      default:
        return undefined;
    }
  }

  private bigQueryString(start: number, quoteAt: number, raw: boolean): SqlToken {
    const text = this.text;
    const q = text[quoteAt]!;
    const close = text.startsWith(q.repeat(3), quoteAt) ? q.repeat(3) : q;
    return this.quoted(start, quoteAt, { close, doubling: false, backslash: raw ? 'raw' : 'escape' }, 'string');
  }

  private operator(start: number): SqlToken {
    const text = this.text;
    for (const op of MULTI_CHAR_OPS) {
      if (text.startsWith(op, start) && this.operatorAllowed(op)) return this.make('op', start, start + op.length);
    }
    return this.make('op', start, start + 1);
  }

  private operatorAllowed(op: string): boolean {
    // Elsewhere `#` starts a comment or a temp table name, and `@`/`?` a variable.
    return /[#@?]/.test(op) ? this.dialect === 'postgres' : true;
  }

  private isWordPart(i: number): boolean {
    const code = this.text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95) {
        return true;
      }
      if (code === 36) return this.dialect !== 'bigquery';
      if (code === 64 || code === 35) return this.dialect === 'sqlserver';
      return false;
    }
    return isUnicodeWordPart(this.text, i);
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isHexDigit(c: string | undefined): boolean {
  return c !== undefined && /[0-9a-fA-F]/.test(c);
}

function exponentFollows(text: string, i: number): boolean {
  const c = text[i];
  return isDigit(c) || ((c === '+' || c === '-') && isDigit(text[i + 1]));
}

function unescape(c: string): string {
  return BACKSLASH_ESCAPES[c] ?? c;
}
