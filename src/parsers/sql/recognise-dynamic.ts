import { foldExpression, isConcatOp, mayStartString } from './recognise-fold.js';
import { literalLocator, relocate, type Scan } from './recognise-scan.js';
import type { SqlToken } from './tokenizer.js';

/** Words after which a new statement starts inside a procedure body. */
const INNER_STATEMENT_LEADS = new Set(['BEGIN', 'THEN', 'ELSE', 'DO', 'LOOP', 'REPEAT']);

/**
 * A string built from pieces anywhere in a statement (`CONCAT('DR', 'OP TABLE ', t)`,
 * `'DROP ' + 'TABLE x'`) is read as SQL too, and what it spells is reported at the expression:
 * joining fragments is how a DROP hides from a reader.
 */
export function readBuiltString(scan: Scan, i: number): void {
  if (i < scan.foldedUntil || !mayStartString(scan, i)) return;
  const folded = foldExpression(scan, i);
  if (!folded?.built || !folded.literal) return;
  scan.foldedUntil = folded.end;
  const span = scan.spanOf(i, folded.end);
  for (const op of scan.readSql(folded.text)) scan.emit({ ...op, span });
}

/** `EXEC(@sql)`, `EXECUTE IMMEDIATE x`, T-SQL `EXEC @proc`, Postgres `EXECUTE format(...)`. */
export function readExecute(scan: Scan, i: number): void {
  const next = i + 1;
  const label = scan.at(i)!.text.toUpperCase();
  if (scan.isWord(next, 'IMMEDIATE')) {
    readExecuted(scan, i, next + 1, scan.expressionEnd(next + 1, 'INTO', 'USING'), `${label} IMMEDIATE`);
  } else if (scan.isPunct(next, '(')) {
    if (scan.partner(next) > next) readExecuted(scan, i, next + 1, scan.partner(next), label);
  } else if (scan.isKind(next, 'variable') && !scan.isOp(next + 1, '=')) {
    const variable = scan.at(next)!.text;
    scan.emit({
      op: 'dynamic-sql',
      reason: `${label} ${variable} runs the procedure named in ${variable}, which is only known at run time`,
      span: scan.span(i),
    });
  } else if (scan.isKind(next, 'string') || scan.isWord(next, 'FORMAT') || isConcatOp(scan, scan.after(next))) {
    readExecuted(scan, i, next, scan.expressionEnd(next, 'INTO', 'USING'), label);
  }
}

/** MySQL `PREPARE stmt FROM @s`. */
export function readPrepare(scan: Scan, i: number): void {
  if (!scan.isWord(i + 2, 'FROM')) return;
  readExecuted(scan, i, i + 3, scan.expressionEnd(i + 3), 'PREPARE');
}

/** T-SQL `sp_executesql @sql` or `sp_executesql @stmt = N'...'`. */
export function readSpExecuteSql(scan: Scan, i: number): void {
  let from = i + 1;
  if (scan.isKind(from, 'variable') && scan.isOp(from + 1, '=')) from += 2;
  readExecuted(scan, i, from, scan.expressionEnd(from), 'sp_executesql');
}

/**
 * The statement text at [from, to) is run. A lone literal is read as the SQL it is; anything else
 * is dynamic SQL, and a variable known to hold literal text is read as well.
 */
function readExecuted(scan: Scan, keyword: number, from: number, to: number, label: string): void {
  if (from >= to) return;
  const first = scan.at(from)!;
  if (to - from === 1 && first.kind === 'string') {
    scan.ops.push(...relocate(scan.readSql(first.value), literalLocator(first)));
    return;
  }
  const excerpt = scan.source(from, to).replace(/\s+/g, ' ').slice(0, 60);
  scan.emit({
    op: 'dynamic-sql',
    reason: `${label} runs SQL that is only known at run time: ${excerpt}`,
    span: scan.span(keyword),
  });
  if (to - from === 1) readVariable(scan, first);
}

function readVariable(scan: Scan, token: SqlToken): void {
  const value = scan.context.variables.get(token.text.toLowerCase());
  if (!value || value.read) return;
  value.read = true;
  scan.ops.push(...relocate(scan.readSql(value.text), value.locate));
}

/** `SET @s = expr`, `SET @s += expr`, and procedure locals `SET v = expr` (MySQL, BigQuery). */
export function readSet(scan: Scan, i: number): void {
  for (let j = i + 1; ;) {
    const t = scan.at(j);
    const local = t?.kind === 'word' && (scan.dialect === 'mysql' || scan.dialect === 'bigquery');
    if (!t || (t.kind !== 'variable' && !(local && startsInnerStatement(scan, i)))) return;
    if (!scan.isOp(j + 1, '=', ':=', '+=')) return;
    const to = scan.expressionEnd(j + 2);
    assign(scan, t.text, j + 2, to, scan.isOp(j + 1, '+='));
    if (!scan.isPunct(to, ',')) return;
    j = to + 1;
  }
}

/** T-SQL `DECLARE @s nvarchar(max) = expr`, BigQuery and MySQL `DECLARE v STRING DEFAULT expr`. */
export function readDeclare(scan: Scan, i: number): void {
  for (let j = i + 1; scan.isKind(j, 'variable', 'word');) {
    const name = scan.at(j)!.text;
    const value = scan.scanTo(
      j + 1,
      (k) => scan.isPunct(k, ',') || isDefault(scan, k) || scan.startsStatement(k, true),
    );
    let end = value;
    if (isDefault(scan, value)) {
      end = scan.expressionEnd(value + 1);
      assign(scan, name, value + 1, end, false);
    }
    if (!scan.isPunct(end, ',')) return;
    j = end + 1;
  }
}

function isDefault(scan: Scan, k: number): boolean {
  return scan.isOp(k, '=') || scan.isWord(k, 'DEFAULT');
}

function startsInnerStatement(scan: Scan, i: number): boolean {
  const prev = scan.at(i - 1);
  return !prev || (prev.kind === 'punct' && prev.text === ';') || INNER_STATEMENT_LEADS.has(prev.upper ?? '');
}

/**
 * Remembers what a variable holds. A built value is read (and reported) here, where it is built;
 * a lone literal is read where it is run.
 */
function assign(scan: Scan, name: string, from: number, to: number, append: boolean): void {
  const variables = scan.context.variables;
  const key = name.toLowerCase();
  const previous = variables.get(key);
  const first = scan.at(from);
  const folded = from < to ? foldExpression(scan, from) : undefined;
  variables.delete(key);
  if (!first || !folded || folded.end !== to) return;
  if (to - from === 1 && first.kind === 'string' && !append) {
    variables.set(key, { text: first.value, locate: literalLocator(first), read: false });
    return;
  }
  if (to - from === 1 && folded.literal) {
    const source = variables.get(first.text.toLowerCase()) ?? previous;
    if (source) variables.set(key, source);
    return;
  }
  if (!folded.literal || !(folded.built || append)) return;
  const text = (append ? (previous?.text ?? '') : '') + folded.text;
  const span = scan.spanOf(from, to);
  scan.foldedUntil = Math.max(scan.foldedUntil, to);
  for (const op of scan.readSql(text)) scan.emit({ ...op, span });
  variables.set(key, { text, locate: () => span, read: true });
}
