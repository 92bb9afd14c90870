import { wordSet, type Scan } from './recognise-scan.js';
import type { SqlToken } from './tokenizer.js';

const TYPE_CONTINUATIONS = wordSet(`
  VARYING PRECISION WITH WITHOUT TIME ZONE LOCAL UNSIGNED SIGNED ZEROFILL VARCHAR CHAR CHARACTER
  VARBINARY ARRAY DAY HOUR MINUTE SECOND MONTH YEAR TO LARGE OBJECT
`);

/** Column options that can follow a column's name when it has no type (SQLite, T-SQL computed columns). */
const NOT_A_TYPE = wordSet('NOT NULL PRIMARY DEFAULT REFERENCES CHECK UNIQUE CONSTRAINT GENERATED AS COLLATE');

/** A column type at `i`, lower-cased with its parameters: `varchar(20)`, `timestamp with time zone`. */
export function readType(scan: Scan, i: number, limit: number): { text: string; end: number } {
  const name = i < limit && !NOT_A_TYPE.has(scan.upper(i)) ? scan.readName(i) : undefined;
  if (!name || scan.isKind(i, 'variable')) return { text: '', end: i };
  let text = name.parts.join('.').toLowerCase();
  let j = name.end;
  while (j < limit) {
    if (scan.isPunct(j, '(') && scan.partner(j) > j) {
      text += `(${compact(scan, j + 1, scan.partner(j))})`;
      j = scan.partner(j) + 1;
    } else if (scan.isOp(j, '<') && /(array|struct|range|map)$/.test(text)) {
      const close = angleEnd(scan, j, limit);
      text += compact(scan, j, close);
      j = close;
    } else if (scan.isOp(j, '[') && (scan.isOp(j + 1, ']') || scan.isOp(j + 2, ']'))) {
      const close = scan.isOp(j + 1, ']') ? j + 1 : j + 2;
      text += compact(scan, j, close + 1);
      j = close + 1;
    } else if (continuesType(scan, j)) {
      text += ` ${scan.tokens[j]!.text.toLowerCase()}`;
      j++;
    } else {
      break;
    }
  }
  return { text, end: j };
}

function continuesType(scan: Scan, j: number): boolean {
  const word = scan.upper(j);
  if (!TYPE_CONTINUATIONS.has(word)) return false;
  if (word === 'CHARACTER') return !scan.isWord(j + 1, 'SET');
  if (word === 'WITH') return scan.isWord(j + 1, 'TIME', 'LOCAL');
  return true;
}

/** After the `>` that closes BigQuery's `ARRAY<...>` or `STRUCT<...>` opened at `open`. */
function angleEnd(scan: Scan, open: number, limit: number): number {
  let depth = 0;
  for (let j = open; j < limit; j++) {
    const t = scan.tokens[j]!;
    if (t.kind === 'punct' && (t.text === ';' || t.text === ')')) return j;
    if (t.kind !== 'op') continue;
    if (t.text === '<') depth++;
    else if (t.text === '>') depth--;
    else if (t.text === '>>') depth -= 2;
    if (depth <= 0) return j + 1;
  }
  return limit;
}

/** Tokens' text lower-cased without spaces, except between two words: `decimal(10,2)`. */
function compact(scan: Scan, from: number, to: number): string {
  let out = '';
  for (let j = from; j < to; j++) {
    const t = scan.tokens[j]!;
    const prev = scan.tokens[j - 1];
    if (j > from && prev && isWordy(prev) && isWordy(t)) out += ' ';
    out += t.text.toLowerCase();
  }
  return out;
}

function isWordy(t: SqlToken): boolean {
  return t.kind === 'word' || t.kind === 'number' || t.kind === 'quoted-ident';
}
