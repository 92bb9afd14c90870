import type { Span } from '../../core/types.js';
import type { SqlDialect } from '../../core/sql-operations.js';
import { SqlLexer, type SqlToken } from './tokenizer.js';

export interface SplitStatement {
  /** From the first code token to the last, without the delimiter. */
  span: Span;
  /** Code tokens, without comments and without the closing delimiter. */
  tokens: SqlToken[];
  /** Comments before the statement, inside it, and after its delimiter on the same line. */
  comments: SqlToken[];
}

const ROUTINE_KINDS = new Set(['PROCEDURE', 'PROC', 'FUNCTION', 'TRIGGER', 'EVENT']);
const TRANSACTION_WORDS = new Set(['TRAN', 'TRANSACTION', 'WORK', 'DISTRIBUTED', 'DIALOG', 'CONVERSATION']);
const COMPOUND_STARTS = new Set(['IF', 'WHILE', 'LOOP', 'REPEAT', 'FOR']);
/** Words after which a new statement starts inside a block (`THEN DELETE ...`). */
const INNER_STATEMENT_LEADS = new Set(['BEGIN', 'THEN', 'ELSE', 'DO', 'LOOP', 'REPEAT']);

/**
 * Splits a SQL file into statements: on `;` outside strings, comments, parentheses and
 * BEGIN ... END bodies; on MySQL client delimiters (`DELIMITER //`) and on T-SQL `GO` lines.
 * For Postgres, dollar-quoted bodies and `BEGIN ATOMIC ... END` stay whole, so each statement
 * can be handed to the real parser.
 */
export function splitStatements(text: string, dialect: SqlDialect): SplitStatement[] {
  return new Splitter(text, dialect).run();
}

/**
 * Hands each statement to `visit` as soon as the next one starts, so a large file's tokens are
 * never all held at once (a 50 MB dump has millions of them).
 */
export function forEachStatement(text: string, dialect: SqlDialect, visit: (stmt: SplitStatement) => void): void {
  new Splitter(text, dialect, visit).run();
}

/** The statements of a Postgres file, for parsing one by one with the real parser. */
export function splitPostgresStatements(text: string): SplitStatement[] {
  return splitStatements(text, 'postgres');
}

type Lookahead = SqlToken | 'delimiter' | undefined;

class Splitter {
  private readonly lexer: SqlLexer;
  private readonly statements: SplitStatement[] = [];
  private tokens: SqlToken[] = [];
  private comments: SqlToken[] = [];
  private parenDepth = 0;
  private blockDepth = 0;
  /** The statement defines a procedure, function, trigger or event, whose BEGIN opens its body. */
  private routine = false;
  /** Comments starting before this offset sit on the line of the delimiter just read. */
  private sameLineEnd = -1;

  constructor(
    private readonly text: string,
    private readonly dialect: SqlDialect,
    private readonly sink?: (stmt: SplitStatement) => void,
  ) {
    this.lexer = new SqlLexer(text, dialect);
  }

  run(): SplitStatement[] {
    const lexer = this.lexer;
    for (;;) {
      const at = lexer.skipSpace();
      if (at >= this.text.length) break;
      if (lexer.delimiter && this.text.startsWith(lexer.delimiter, at)) {
        lexer.pos = at + lexer.delimiter.length;
        this.finish(lexer.pos);
        continue;
      }
      const token = lexer.next();
      if (token) this.accept(token);
    }
    this.finish(this.text.length);
    if (this.comments.length) this.statements.at(-1)?.comments.push(...this.comments);
    if (this.sink) this.statements.splice(0).forEach(this.sink);
    return this.statements;
  }

  private accept(token: SqlToken): void {
    if (token.kind === 'comment') {
      const last = this.statements.at(-1);
      if (this.tokens.length === 0 && last && token.start < this.sameLineEnd) last.comments.push(token);
      else this.comments.push(token);
      return;
    }
    if (this.dialect === 'mysql' && token.upper === 'DELIMITER' && this.isDelimiterCommand(token)) {
      this.finish(token.start);
      this.changeDelimiter(token);
      return;
    }
    if (this.dialect === 'sqlserver' && token.upper === 'GO' && this.isGoLine(token)) {
      this.finish(token.end);
      this.lexer.pos = skipCount(this.text, token.end);
      return;
    }
    if (token.text === ';' && token.kind === 'punct' && !this.lexer.delimiter && this.atTopLevel()) {
      this.finish(token.end);
      return;
    }
    this.track(token);
    this.tokens.push(token);
  }

  private atTopLevel(): boolean {
    return this.parenDepth === 0 && this.blockDepth === 0;
  }

  private finish(delimiterEnd: number): void {
    const tokens = this.tokens;
    if (tokens.length) {
      const span = { start: tokens[0]!.start, end: tokens.at(-1)!.end };
      // Only the last statement can still gain comments; earlier ones can go to the sink.
      if (this.sink && this.statements.length) this.sink(this.statements.pop()!);
      this.statements.push({ span, tokens, comments: this.comments });
      this.comments = [];
      const lineEnd = this.text.indexOf('\n', delimiterEnd);
      this.sameLineEnd = lineEnd < 0 ? this.text.length : lineEnd;
      if (this.dialect === 'postgres' && isCopyFromStdin(tokens)) this.skipCopyData(delimiterEnd);
    }
    this.tokens = [];
    this.parenDepth = 0;
    this.blockDepth = 0;
    this.routine = false;
  }

  private track(token: SqlToken): void {
    if (token.kind === 'punct') {
      if (token.text === '(') this.parenDepth++;
      else if (token.text === ')') this.parenDepth = Math.max(0, this.parenDepth - 1);
      return;
    }
    if (token.kind !== 'word') return;
    const word = token.upper!;
    const prev = this.tokens.at(-1);
    if (this.tokens[0]?.upper === 'CREATE' && this.blockDepth === 0 && ROUTINE_KINDS.has(word)) this.routine = true;
    if (this.opensBlock(word, prev)) this.blockDepth++;
    else if (word === 'END' && this.closesBlock()) this.blockDepth = Math.max(0, this.blockDepth - 1);
  }

  private opensBlock(word: string, prev: SqlToken | undefined): boolean {
    if (word === 'CASE') return prev?.upper !== 'END';
    if (word === 'BEGIN') return this.beginOpensBlock();
    if (COMPOUND_STARTS.has(word)) {
      return (this.dialect === 'mysql' || this.dialect === 'bigquery') && startsInnerStatement(prev);
    }
    return false;
  }

  private beginOpensBlock(): boolean {
    const next = this.peek();
    const word = typeof next === 'object' ? next.upper : undefined;
    if (this.dialect === 'postgres') return word === 'ATOMIC';
    if (next === undefined || next === 'delimiter' || (word && TRANSACTION_WORDS.has(word))) return false;
    if (this.dialect === 'sqlserver' || this.routine || this.blockDepth > 0) return true;
    // BigQuery script blocks and MariaDB's `BEGIN NOT ATOMIC` stand alone; SQLite's BEGIN is a transaction.
    return this.dialect !== 'sqlite' && this.tokens.length === 0;
  }

  private closesBlock(): boolean {
    if (this.dialect !== 'sqlserver') return true;
    const next = this.peek();
    return !(typeof next === 'object' && next.upper === 'CONVERSATION');
  }

  /** The next code token, without moving. */
  private peek(): Lookahead {
    const lexer = this.lexer;
    const saved = lexer.save();
    try {
      for (;;) {
        const at = lexer.skipSpace();
        if (lexer.delimiter && this.text.startsWith(lexer.delimiter, at)) return 'delimiter';
        const token = lexer.next();
        if (!token) return undefined;
        if (token.kind === 'comment') continue;
        return token.text === ';' && !lexer.delimiter ? 'delimiter' : token;
      }
    } finally {
      lexer.restore(saved);
    }
  }

  /**
   * The client reads `DELIMITER x` at the start of a statement, or alone on its line with a
   * delimiter of punctuation after a statement that lacks its own; `delimiter VARCHAR(1)` is a column.
   */
  private isDelimiterCommand(token: SqlToken): boolean {
    if (this.tokens.length === 0) return true;
    const rest = this.text.slice(token.end, endOfLine(this.text, token.end));
    return atLineStart(this.text, token.start) && /^[ \t]+[^\s\w()]+[ \t]*\r?$/.test(rest);
  }

  /** `DELIMITER //`: the rest of the line is the new delimiter, and the line is no statement. */
  private changeDelimiter(token: SqlToken): void {
    const text = this.text;
    const lineEnd = endOfLine(text, token.end);
    const delimiter = text.slice(token.end, lineEnd).trim().split(/\s+/)[0] ?? '';
    if (delimiter) this.lexer.delimiter = delimiter === ';' ? undefined : delimiter;
    this.lexer.pos = lineEnd;
  }

  /** `GO` alone on its line (optionally with a repeat count or a comment) ends a T-SQL batch. */
  private isGoLine(token: SqlToken): boolean {
    const text = this.text;
    if (!atLineStart(text, token.start)) return false;
    const rest = text.slice(token.end, endOfLine(text, token.end));
    return /^[ \t]*(\d+[ \t]*)?(--.*)?\r?$/.test(rest);
  }

  /** psql reads the lines after `COPY ... FROM stdin;` as data, up to a line `\.`. */
  private skipCopyData(from: number): void {
    const lineEnd = this.text.indexOf('\n', from);
    if (lineEnd < 0) return;
    const terminator = /^\\\.[ \t\r]*$/gm;
    terminator.lastIndex = lineEnd + 1;
    const found = terminator.exec(this.text);
    if (found) this.lexer.pos = found.index + found[0].length;
  }
}

function startsInnerStatement(prev: SqlToken | undefined): boolean {
  if (!prev) return true;
  if (prev.kind === 'punct') return prev.text === ';';
  if (prev.kind === 'op') return prev.text === ':';
  return INNER_STATEMENT_LEADS.has(prev.upper ?? '');
}

/** Meta-command lines left in the text join the next statement, so COPY need not come first. */
function isCopyFromStdin(tokens: SqlToken[]): boolean {
  const copy = tokens.findIndex((t) => t.upper === 'COPY');
  return copy >= 0 && tokens.some((t, i) => i > copy && t.upper === 'STDIN' && tokens[i - 1]?.upper === 'FROM');
}

function atLineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function skipCount(text: string, from: number): number {
  const count = /[ \t]*\d*/y;
  count.lastIndex = from;
  return from + (count.exec(text)?.[0].length ?? 0);
}
