import type { Scan } from './recognise-scan.js';
import type { SqlToken } from './tokenizer.js';

/** true: always true; false: never true; undefined: depends on the rows. */
type Truth = boolean | undefined;

type Literal = { kind: 'number'; value: number } | { kind: 'string'; value: string } | { kind: 'null' };

const COMPARISONS = new Set(['=', '==', '<=>', '<>', '!=', '<', '>', '<=', '>=', '!<', '!>']);
const MAX_NESTING = 32;

/**
 * Whether a WHERE condition holds for every row: `1=1`, `TRUE`, `'a'='a'`, `2>1`, `1`,
 * `x = x`, `NOT FALSE`, and any OR with such a branch or AND of such parts.
 */
export function conditionTruth(scan: Scan, from: number, to: number): Truth {
  return evaluate(scan, from, to, 0);
}

function evaluate(scan: Scan, from: number, to: number, depth: number): Truth {
  if (from >= to || depth > MAX_NESTING) return undefined;
  const ors = splitTop(scan, from, to, (k) => scan.isWord(k, 'OR') || (scan.dialect === 'mysql' && scan.isOp(k, '||')));
  if (ors.length > 1) return any(ors.map(([a, b]) => evaluate(scan, a, b, depth + 1)));
  const ands = splitAnd(scan, from, to);
  if (ands.length > 1) return all(ands.map(([a, b]) => evaluate(scan, a, b, depth + 1)));
  if (scan.isWord(from, 'NOT')) return negate(evaluate(scan, from + 1, to, depth + 1));
  if (scan.isPunct(from, '(') && scan.partner(from) === to - 1) return evaluate(scan, from + 1, to - 1, depth + 1);
  return atom(scan, from, to);
}

function splitTop(scan: Scan, from: number, to: number, isSeparator: (k: number) => boolean): [number, number][] {
  const parts: [number, number][] = [];
  let start = from;
  for (let k = scan.scanTo(from, (j) => j >= to || isSeparator(j)); k < to;) {
    parts.push([start, k]);
    start = k + 1;
    k = scan.scanTo(start, (j) => j >= to || isSeparator(j));
  }
  parts.push([start, to]);
  return parts;
}

/** Splits on AND, except the AND of `BETWEEN a AND b`. */
function splitAnd(scan: Scan, from: number, to: number): [number, number][] {
  let between = false;
  return splitTop(scan, from, to, (k) => {
    if (scan.isWord(k, 'BETWEEN')) between = true;
    const and = scan.isWord(k, 'AND') || (scan.dialect === 'mysql' && scan.isOp(k, '&&'));
    if (!and) return false;
    if (!between) return true;
    between = false;
    return false;
  });
}

function atom(scan: Scan, from: number, to: number): Truth {
  if (to - from === 1) return single(scan.at(from)!);
  const comparison = scan.scanTo(from, (k) => k >= to || COMPARISONS.has(opText(scan, k)));
  if (comparison < to && comparison > from) return compare(scan, opText(scan, comparison), from, comparison, to);
  if (scan.isWord(to - 1, 'NULL') && scan.isWord(to - 2, 'IS', 'NOT')) return nullTest(scan, from, to);
  if (scan.isWord(from + 1, 'LIKE') && to - from === 3) {
    const pattern = scan.at(from + 2)!;
    return pattern.kind === 'string' && /^%+$/.test(pattern.value) ? true : undefined;
  }
  return undefined;
}

function single(t: SqlToken): Truth {
  if (t.kind === 'word' && (t.upper === 'TRUE' || t.upper === 'FALSE')) return t.upper === 'TRUE';
  if (t.kind === 'number') return Number(t.text) !== 0;
  return undefined;
}

function compare(scan: Scan, op: string, from: number, at: number, to: number): Truth {
  const left = literal(scan, from, at);
  const right = literal(scan, at + 1, to);
  if (left && right) return compareLiterals(op, left, right);
  if (!sameTokens(scan, from, at, at + 1, to)) return undefined;
  if (['=', '==', '<=>', '<=', '>=', '!<', '!>'].includes(op)) return true;
  return false;
}

function compareLiterals(op: string, left: Literal, right: Literal): Truth {
  if (left.kind === 'null' || right.kind === 'null') return op === '<=>' ? left.kind === right.kind : false;
  const numeric = left.kind === 'number' || right.kind === 'number';
  const x = numeric ? Number(left.value) : left.value;
  const y = numeric ? Number(right.value) : right.value;
  if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
  // Collations may compare 'a' and 'A' as equal; only answers that hold under any collation count.
  if (!numeric && x !== y && String(x).toLowerCase() === String(y).toLowerCase()) return undefined;
  return ORDERINGS[op]?.(x, y);
}

type Ordering = (x: number | string, y: number | string) => boolean;

const ORDERINGS: Record<string, Ordering> = {
  '=': (x, y) => x === y,
  '==': (x, y) => x === y,
  '<=>': (x, y) => x === y,
  '<>': (x, y) => x !== y,
  '!=': (x, y) => x !== y,
  '<': (x, y) => x < y,
  '>': (x, y) => x > y,
  '<=': (x, y) => x <= y,
  '>=': (x, y) => x >= y,
  '!<': (x, y) => x >= y,
  '!>': (x, y) => x <= y,
};

function literal(scan: Scan, from: number, to: number): Literal | undefined {
  if (scan.isPunct(from, '(') && scan.partner(from) === to - 1) return literal(scan, from + 1, to - 1);
  if (to - from === 2 && scan.isOp(from, '-') && scan.isKind(from + 1, 'number')) {
    return { kind: 'number', value: -Number(scan.at(from + 1)!.text) };
  }
  if (to - from !== 1) return undefined;
  const t = scan.at(from)!;
  if (t.kind === 'number') return { kind: 'number', value: Number(t.text) };
  if (t.kind === 'string') return { kind: 'string', value: t.value };
  if (t.upper === 'TRUE' || t.upper === 'FALSE') return { kind: 'number', value: t.upper === 'TRUE' ? 1 : 0 };
  if (t.upper === 'NULL') return { kind: 'null' };
  return undefined;
}

/** `1 IS NOT NULL`, `NULL IS NULL`. */
function nullTest(scan: Scan, from: number, to: number): Truth {
  const not = scan.isWord(to - 2, 'NOT');
  const subjectEnd = not ? to - 3 : to - 2;
  if (!scan.isWord(subjectEnd, 'IS')) return undefined;
  const subject = literal(scan, from, subjectEnd);
  if (!subject) return undefined;
  return (subject.kind === 'null') !== not;
}

function sameTokens(scan: Scan, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b || aEnd <= a) return false;
  for (let k = 0; k < aEnd - a; k++) {
    const x = scan.at(a + k)!;
    const y = scan.at(b + k)!;
    if (x.kind !== y.kind || (x.kind === 'word' ? x.upper !== y.upper : x.value !== y.value)) return false;
  }
  return true;
}

function opText(scan: Scan, k: number): string {
  const t = scan.at(k);
  return t?.kind === 'op' ? t.text : '';
}

function any(values: Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.every((v) => v === false) ? false : undefined;
}

function all(values: Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.every((v) => v === true) ? true : undefined;
}

function negate(value: Truth): Truth {
  return value === undefined ? undefined : !value;
}
