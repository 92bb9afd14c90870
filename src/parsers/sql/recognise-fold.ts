import { type Scan, wordSet } from './recognise-scan.js';

/** A string expression with its literal parts joined, and other parts stood in for by their source text. */
export interface Folded {
  text: string;
  /** Some part of it is literal text (a string literal, or a variable known to hold one). */
  literal: boolean;
  /** Built by joining pieces or by a string function, not a lone literal or name. */
  built: boolean;
  /** Every part is known: nothing stands in for a value only known at run time. */
  exact: boolean;
  /** Index of the first token after it. */
  end: number;
}

/** Deeper nesting than this is not worked out, which keeps pathological input linear. */
const MAX_NESTING = 32;
const MAX_STAND_IN = 200;

/** String functions whose result can be worked out from literal arguments. */
const STRING_FUNCTIONS = wordSet('CONCAT CONCAT_WS FORMAT REPLACE REVERSE CHAR CHR NCHAR UPPER LOWER UCASE LCASE');

export function isConcatOp(scan: Scan, k: number): boolean {
  return scan.isOp(k, '||', '+');
}

/** Whether a string expression could start at `i`: a literal, a string function, or a name joined to something. */
export function mayStartString(scan: Scan, i: number): boolean {
  const t = scan.at(i);
  if (!t) return false;
  if (t.kind === 'string') return true;
  if (t.kind === 'word' && scan.isPunct(i + 1, '(')) {
    return STRING_FUNCTIONS.has(t.upper!) || isConcatOp(scan, scan.after(i + 1));
  }
  return (t.kind === 'variable' || t.kind === 'word' || t.kind === 'quoted-ident') && isConcatOp(scan, i + 1);
}

/** `'DR' || 'OP TABLE ' || t`, `CONCAT(...)`, `N'DROP ' + @x`: the pieces joined by `||` or `+`. */
export function foldExpression(scan: Scan, from: number, nesting = 0): Folded | undefined {
  const first = foldPiece(scan, from, nesting);
  if (!first) return undefined;
  const pieces = [first];
  for (let end = first.end; isConcatOp(scan, end);) {
    const next = foldPiece(scan, end + 1, nesting);
    if (!next) break;
    pieces.push(next);
    end = next.end;
  }
  return pieces.length > 1 ? joinPieces(pieces, '', pieces.at(-1)!.end) : first;
}

function foldPiece(scan: Scan, i: number, nesting: number): Folded | undefined {
  const t = scan.at(i);
  if (!t) return undefined;
  if (nesting > MAX_NESTING) return opaque(scan, i, scan.isPunct(i + 1, '(') ? scan.after(i + 1) : scan.after(i));
  const known = (text: string, literal: boolean, end: number): Folded => ({
    text,
    literal,
    built: false,
    exact: true,
    end,
  });
  switch (t.kind) {
    case 'string':
      return known(t.value, true, i + 1);
    case 'number':
      return known(t.text, false, i + 1);
    case 'punct':
      return t.text === '(' ? foldGroup(scan, i, nesting + 1) : undefined;
    case 'word':
      if (scan.isPunct(i + 1, '(')) return foldCall(scan, i, nesting + 1);
      return foldName(scan, i);
    case 'variable':
    case 'quoted-ident':
      return foldName(scan, i);
    default:
      return undefined;
  }
}

function foldGroup(scan: Scan, open: number, nesting: number): Folded {
  const close = scan.partner(open);
  const inner = close > open ? foldExpression(scan, open + 1, nesting) : undefined;
  if (inner && inner.end === close) return { ...inner, end: close + 1 };
  return opaque(scan, open, scan.after(open));
}

/** A variable stands for what it was last set to in this file, when that is known. */
function foldName(scan: Scan, i: number): Folded {
  const name = scan.readName(i);
  const end = name?.end ?? i + 1;
  if (name?.parts.length === 1) {
    const value = scan.context.variables.get(name.parts[0]!.toLowerCase());
    if (value) return { text: value.text, literal: true, built: false, exact: true, end };
  }
  return opaque(scan, i, end);
}

/** A part only known at run time stands in as its source text (`@tbl`, `QUOTENAME(@t)`), if short. */
function opaque(scan: Scan, from: number, to: number): Folded {
  const source = scan.spanOf(from, to);
  const text = source.end - source.start > MAX_STAND_IN ? 'dynamic_value' : scan.source(from, to);
  return { text, literal: false, built: false, exact: false, end: to };
}

function foldCall(scan: Scan, i: number, nesting: number): Folded {
  const open = i + 1;
  const close = scan.partner(open);
  if (close < 0) return opaque(scan, i, i + 1);
  const args = foldArguments(scan, open + 1, close, nesting);
  const result = applyFunction(scan.upper(i), args, close + 1);
  return result ?? opaque(scan, i, close + 1);
}

function foldArguments(scan: Scan, from: number, close: number, nesting: number): Folded[] {
  const args: Folded[] = [];
  let start = from;
  while (start < close) {
    const end = Math.min(
      scan.scanTo(start, (k) => scan.isPunct(k, ',')),
      close,
    );
    const folded = foldExpression(scan, start, nesting);
    args.push(folded && folded.end === end ? folded : opaque(scan, start, end));
    start = end + 1;
  }
  return args;
}

function applyFunction(name: string, args: Folded[], end: number): Folded | undefined {
  const literal = args.some((a) => a.literal);
  const exact = args.every((a) => a.exact);
  const result = (text: string | undefined): Folded | undefined =>
    text === undefined ? undefined : { text, literal, built: literal, exact, end };
  const [first, second, third] = args;
  switch (name) {
    case 'CONCAT':
      return result(joinPieces(args, '', end).text);
    case 'CONCAT_WS':
      return first ? result(joinPieces(args.slice(1), first.text, end).text) : undefined;
    case 'FORMAT':
      return first?.literal && first.exact ? result(format(first.text, args.slice(1))) : undefined;
    case 'REPLACE':
      return exact && first && second && third ? result(first.text.split(second.text).join(third.text)) : undefined;
    case 'REVERSE':
      return exact && first ? result([...first.text].reverse().join('')) : undefined;
    case 'CHAR':
    case 'CHR':
    case 'NCHAR':
      return exact && args.length ? result(charCodes(args)) : undefined;
    case 'UPPER':
    case 'UCASE':
      return first && { ...first, text: first.text.toUpperCase(), end };
    case 'LOWER':
    case 'LCASE':
      return first && { ...first, text: first.text.toLowerCase(), end };
    default:
      return undefined;
  }
}

/** Joins pieces, with a space where a stand-in would otherwise run into a neighbouring word. */
function joinPieces(pieces: Folded[], separator: string, end: number): Folded {
  const parts: string[] = [];
  let last = '';
  pieces.forEach((piece, index) => {
    const previous = pieces[index - 1];
    if (previous) {
      const standIn = !previous.exact || !piece.exact;
      const touching = isWordChar(separator ? separator.at(-1) : last) && isWordChar(piece.text[0]);
      parts.push(separator + (standIn && touching ? ' ' : ''));
    }
    parts.push(piece.text);
    if (piece.text) last = piece.text.at(-1)!;
  });
  return {
    text: parts.join(''),
    literal: pieces.some((p) => p.literal),
    built: true,
    exact: pieces.every((p) => p.exact),
    end,
  };
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /\w/.test(c);
}

/** Postgres `format('DROP TABLE %I', t)`, BigQuery `FORMAT('... %s', x)`. */
function format(pattern: string, args: Folded[]): string {
  let next = 0;
  return pattern.replace(/%(?:(\d+)\$)?-?\d*([%sILdtT])/g, (whole, position: string | undefined, kind: string) => {
    if (kind === '%') return '%';
    const arg = position ? args[Number(position) - 1] : args[next++];
    return arg ? arg.text : whole;
  });
}

function charCodes(args: Folded[]): string | undefined {
  const codes = args.map((a) => Number(a.text));
  if (codes.some((c) => !Number.isInteger(c) || c < 0 || c > 0x10ffff)) return undefined;
  return String.fromCodePoint(...codes);
}
