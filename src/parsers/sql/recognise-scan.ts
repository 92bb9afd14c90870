import type { Span } from '../../core/types.js';
import type { QualifiedName, SqlDialect, SqlOperation } from '../../core/sql-operations.js';
import type { SqlToken } from './tokenizer.js';

/** What a variable holds, as far as the literals it was built from tell. */
export interface AssignedText {
  text: string;
  /** Where operations read from the text are reported. */
  locate: (inner: Span) => Span;
  /** Already read (and reported) where it was built. */
  read: boolean;
}

/** State carried from one statement of a file to the next. */
export interface RecogniseContext {
  variables: Map<string, AssignedText>;
  /** How deep inside dynamic SQL this reading is. */
  depth: number;
}

export interface NameRef {
  parts: QualifiedName;
  /** Index of the first token after the name. */
  end: number;
  span: Span;
}

/** A set of keywords written as one string, which reads better than a column of quoted words. */
export function wordSet(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}

/** Words that start a statement, ending the one before when semicolons are left out (T-SQL). */
const STATEMENT_STARTS = wordSet(`
  SELECT MERGE DROP CREATE ALTER TRUNCATE EXEC EXECUTE DECLARE ELSE ELSEIF END BEGIN PRINT RETURN GO
  COMMIT ROLLBACK WHILE RAISERROR THROW GRANT REVOKE CALL PREPARE DEALLOCATE OPEN CLOSE FETCH LEAVE
  ITERATE SIGNAL RESIGNAL WAITFOR BREAK CONTINUE GOTO
`);

/** `ON DELETE`, `AFTER UPDATE`, `FOR UPDATE`, `GRANT DELETE`: the DML word is not a statement there. */
export const NOT_A_STATEMENT_AFTER = wordSet('ON BEFORE AFTER OR OF FOR KEY DO GRANT REVOKE');

/** A statement's code tokens with the lookups every recogniser needs, and the operations found so far. */
export class Scan {
  readonly ops: SqlOperation[] = [];
  /** DROP and TRUNCATE keywords already read as clauses of an ALTER TABLE. */
  readonly claimed = new Set<number>();
  /** The table of the last ALTER TABLE, for a DROP COLUMN read out of its context. */
  lastAlterTable: QualifiedName | undefined;
  /** Tokens before this index were read as part of a string built from literals. */
  foldedUntil = 0;
  private readonly partners: Int32Array;

  constructor(
    readonly tokens: readonly SqlToken[],
    readonly text: string,
    readonly dialect: SqlDialect,
    readonly context: RecogniseContext,
    /** Operations of SQL text found inside the statement, with spans into that text. */
    readonly readSql: (sql: string) => SqlOperation[],
  ) {
    this.partners = matchParentheses(tokens);
  }

  get length(): number {
    return this.tokens.length;
  }

  at(i: number): SqlToken | undefined {
    return this.tokens[i];
  }

  /** The keyword form of the word at `i`, or '' for anything else. */
  upper(i: number): string {
    const t = this.tokens[i];
    return t?.kind === 'word' ? t.upper! : '';
  }

  isWord(i: number, ...words: string[]): boolean {
    const word = this.upper(i);
    return word !== '' && words.includes(word);
  }

  isPunct(i: number, punct: string): boolean {
    const t = this.tokens[i];
    return t?.kind === 'punct' && t.text === punct;
  }

  isOp(i: number, ...ops: string[]): boolean {
    const t = this.tokens[i];
    return t?.kind === 'op' && ops.includes(t.text);
  }

  isKind(i: number, ...kinds: SqlToken['kind'][]): boolean {
    const t = this.tokens[i];
    return t !== undefined && kinds.includes(t.kind);
  }

  /** The matching parenthesis of the one at `i`, or -1. */
  partner(i: number): number {
    return this.partners[i] ?? -1;
  }

  /** The index after the token at `i`, or after its whole parenthesised group. */
  after(i: number): number {
    const close = this.isPunct(i, '(') ? this.partner(i) : -1;
    return close > i ? close + 1 : i + 1;
  }

  span(i: number): Span {
    const t = this.tokens[i];
    return t ? { start: t.start, end: t.end } : { start: 0, end: 0 };
  }

  /** The span from token `from` to the token before `to`. */
  spanOf(from: number, to: number): Span {
    const first = this.tokens[from];
    const last = this.tokens[Math.max(from, to - 1)];
    if (!first || !last) return this.span(from);
    return { start: first.start, end: last.end };
  }

  source(from: number, to: number): string {
    if (to <= from) return '';
    const span = this.spanOf(from, to);
    return this.text.slice(span.start, span.end);
  }

  emit(op: SqlOperation): void {
    this.ops.push(op);
  }

  reference(name: NameRef): void {
    this.ops.push({ op: 'reference', name: name.parts, span: name.span });
  }

  /** An identifier's value: a word as written, a quoted identifier unquoted. */
  identifier(i: number): string | undefined {
    const t = this.tokens[i];
    if (t?.kind === 'word') return t.text;
    if (t?.kind === 'quoted-ident') return t.value;
    return undefined;
  }

  /** A possibly qualified name at `i`: `db.schema.t`, `[dbo].[t]`, `@tableVar`, BigQuery `p-1.ds.t`. */
  readName(i: number): NameRef | undefined {
    const first = this.tokens[i];
    if (!first) return undefined;
    if (first.kind === 'variable') return { parts: [first.text], end: i + 1, span: this.span(i) };
    if (first.kind !== 'word' && first.kind !== 'quoted-ident') return undefined;
    return this.dialect === 'bigquery' ? this.readBigQueryName(i) : this.readDottedName(i);
  }

  private readDottedName(i: number): NameRef {
    const parts = [this.identifier(i)!];
    let j = i + 1;
    while (this.isPunct(j, '.')) {
      if (this.isPunct(j + 1, '.')) {
        j++; // T-SQL `db..table` leaves the schema out
        continue;
      }
      const part = this.identifier(j + 1);
      if (part === undefined) break;
      parts.push(part);
      j += 2;
    }
    return { parts, end: j, span: this.spanOf(i, j) };
  }

  /** BigQuery joins touching pieces (`acme-prod.events`) and splits dotted names inside backticks. */
  private readBigQueryName(i: number): NameRef {
    let j = i + 1;
    while (j < this.tokens.length && this.tokens[j]!.start === this.tokens[j - 1]!.end && this.namePiece(j)) j++;
    while (j > i + 1 && (this.isPunct(j - 1, '.') || this.isOp(j - 1, '-'))) j--;
    const parts: string[] = [''];
    for (let k = i; k < j; k++) {
      const t = this.tokens[k]!;
      const pieces = (t.kind === 'quoted-ident' ? t.value : t.text).split('.');
      parts[parts.length - 1] += pieces[0]!;
      parts.push(...pieces.slice(1));
    }
    return { parts: parts.filter((p) => p !== ''), end: j, span: this.spanOf(i, j) };
  }

  private namePiece(j: number): boolean {
    return this.isKind(j, 'word', 'quoted-ident', 'number') || this.isPunct(j, '.') || this.isOp(j, '-');
  }

  /**
   * Where the statement at `from` ends: its `;`, the `)` around it, or the next statement's first
   * word. `setEnds` makes SET a new statement (it is not, right after UPDATE's target).
   */
  statementEnd(from: number, setEnds: boolean): number {
    return this.scanTo(from + 1, (i) => this.startsStatement(i, setEnds));
  }

  /** The end of an expression at `from`: a `,` or whatever ends a statement. */
  expressionEnd(from: number, ...stopWords: string[]): number {
    return this.scanTo(
      from,
      (i) => this.isPunct(i, ',') || this.isWord(i, ...stopWords) || this.startsStatement(i, true),
    );
  }

  /**
   * The first index from `from` at this parenthesis level where `stop` holds, or that closes the
   * level (`)`, `;`). Parenthesised groups and CASE ... END are stepped over whole.
   */
  scanTo(from: number, stop: (i: number) => boolean): number {
    let caseDepth = 0;
    let i = from;
    while (i < this.tokens.length) {
      const t = this.tokens[i]!;
      if (t.kind === 'punct' && (t.text === ')' || t.text === ';')) return i;
      if (t.kind === 'punct' && t.text === '(') {
        i = this.after(i);
        continue;
      }
      if (t.upper === 'CASE') caseDepth++;
      else if (t.upper === 'END' && caseDepth > 0) caseDepth--;
      else if (caseDepth === 0 && stop(i)) return i;
      i++;
    }
    return i;
  }

  startsStatement(i: number, setEnds: boolean): boolean {
    const word = this.upper(i);
    switch (word) {
      case '':
        return false;
      case 'SET':
        return setEnds;
      case 'IF':
        return !this.isDdlIfExists(i);
      case 'UPDATE':
      case 'DELETE':
      case 'INSERT':
        return !NOT_A_STATEMENT_AFTER.has(this.upper(i - 1));
      case 'REPLACE':
        return this.isWord(i + 1, 'INTO');
      case 'RENAME':
        return this.isWord(i + 1, 'TABLE');
      default:
        return STATEMENT_STARTS.has(word);
    }
  }

  /** `IF [NOT] EXISTS name` of DDL, as opposed to T-SQL's `IF NOT EXISTS (SELECT ...)`. */
  isDdlIfExists(i: number): boolean {
    const exists = this.isWord(i + 1, 'NOT') ? i + 2 : i + 1;
    return this.isWord(exists, 'EXISTS') && !this.isPunct(exists + 1, '(');
  }

  /** Index after `IF EXISTS` / `IF NOT EXISTS` at `i`, or `i`. */
  skipIfExists(i: number): number {
    if (this.isWord(i, 'IF') && this.isWord(i + 1, 'EXISTS')) return i + 2;
    if (this.isWord(i, 'IF') && this.isWord(i + 1, 'NOT') && this.isWord(i + 2, 'EXISTS')) return i + 3;
    return i;
  }
}

function matchParentheses(tokens: readonly SqlToken[]): Int32Array {
  const partners = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'punct') return;
    if (t.text === '(') open.push(i);
    else if (t.text === ')' && open.length) {
      const o = open.pop()!;
      partners[o] = i;
      partners[i] = o;
    }
  });
  return partners;
}

/** Maps spans inside a string literal's value back to the file, when escapes did not shift them. */
export function literalLocator(token: SqlToken): (inner: Span) => Span {
  const whole = { start: token.start, end: token.end };
  const start = token.contentStart;
  const end = token.contentEnd;
  if (start === undefined || end === undefined || end - start !== token.value.length) return () => whole;
  return (inner) => ({ start: start + inner.start, end: start + inner.end });
}

export function relocate(ops: SqlOperation[], locate: (inner: Span) => Span): SqlOperation[] {
  return ops.map((op) => ({ ...op, span: locate(op.span) }));
}
