import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { fromOffsets, type OffsetMap } from '../offset-map.js';
import { tooDeepForYaml } from './depth.js';

/** A YAML string as the program reading it gets it, with where each character is in the file. */
export interface YamlText {
  value: string;
  map: OffsetMap;
}

/** Every document of a YAML stream with source ranges; undefined when the stream has errors. */
export function parseYamlWithPositions(text: string): { documents: Document[]; error?: string } {
  const deep = tooDeepForYaml(text);
  if (deep !== undefined) return { documents: [], error: deep };
  const documents = parseAllDocuments(text, { keepSourceTokens: true, strict: false, uniqueKeys: false });
  if (!Array.isArray(documents)) return { documents: [] };
  const error = documents.flatMap((d) => d.errors)[0];
  return error ? { documents, error: error.message.split('\n')[0]! } : { documents };
}

/** The value under a key of a map (plain key), or undefined. */
export function get(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = (node as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

/** The pairs of a map whose keys are plain scalars, in order. */
export function entries(node: unknown): { key: string; keyNode: Scalar; value: Node | undefined }[] {
  if (!isMap(node)) return [];
  return (node as YAMLMap).items.flatMap((p) =>
    isScalar(p.key)
      ? [{ key: String(p.key.value), keyNode: p.key, value: (p.value ?? undefined) as Node | undefined }]
      : [],
  );
}

export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

export function scalarString(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
}

/**
 * A scalar's string value with the file offset of each character: block scalars (`|`, `>`)
 * line by line, quoted and plain scalars through their escapes and folding. When the reading
 * here disagrees with the yaml package's value, the package's value is kept and every character
 * points at the scalar's first line, so a finding is never lost, only less precise.
 */
export function scalarText(node: Scalar, text: string): YamlText | undefined {
  const value = node.value;
  if (typeof value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  const raw = text.slice(start, end);
  const decoded = decode(node.type, raw, start);
  if (decoded && decoded.value === value) return { value, map: fromOffsets(decoded.offsets) };
  return { value, map: (offset) => (offset < value.length ? start : end) };
}

interface Decoded {
  value: string;
  offsets: number[];
}

function decode(type: Scalar['type'], raw: string, base: number): Decoded | undefined {
  switch (type) {
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return decodeBlock(raw, base, type === 'BLOCK_FOLDED');
    case 'QUOTE_SINGLE':
      return fold(raw, base, 1, raw.length - 1, (s, i, out) => {
        if (s[i] === "'" && s[i + 1] === "'") {
          out.push("'", base + i);
          return i + 2;
        }
        out.push(s[i]!, base + i);
        return i + 1;
      });
    case 'QUOTE_DOUBLE':
      return fold(raw, base, 1, raw.length - 1, (s, i, out) => decodeDoubleQuotedChar(s, i, base, out));
    default:
      return fold(raw, base, 0, raw.length, (s, i, out) => {
        out.push(s[i]!, base + i);
        return i + 1;
      });
  }
}

class Out {
  value = '';
  offsets: number[] = [];
  push(chars: string, offset: number): void {
    this.value += chars;
    for (let k = 0; k < chars.length; k++) this.offsets.push(offset);
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};

function decodeDoubleQuotedChar(s: string, i: number, base: number, out: Out): number {
  if (s[i] !== '\\') {
    out.push(s[i]!, base + i);
    return i + 1;
  }
  const e = s[i + 1] ?? '';
  if (e in ESCAPES) {
    out.push(ESCAPES[e]!, base + i);
    return i + 2;
  }
  const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (width) {
    const code = parseInt(s.slice(i + 2, i + 2 + width), 16);
    out.push(String.fromCodePoint(code), base + i);
    return i + 2 + width;
  }
  out.push(e, base + i);
  return i + 2;
}

/**
 * Flow scalars fold line breaks: a single break becomes a space, each further empty line a
 * newline, and whitespace around breaks is dropped. A double-quoted line ending in `\` joins.
 */
function fold(
  raw: string,
  base: number,
  from: number,
  to: number,
  readChar: (s: string, i: number, out: Out) => number,
): Decoded {
  const out = new Out();
  const lines: [number, number][] = [];
  let lineStart = from;
  for (let i = from; i < to; i++) {
    if (raw[i] === '\n') {
      lines.push([lineStart, i]);
      lineStart = i + 1;
    }
  }
  lines.push([lineStart, to]);
  let pendingBreaks = 0;
  for (const [index, [s0, e0]] of lines.entries()) {
    let s = s0;
    let e = e0;
    if (index > 0) while (s < e && /[ \t]/.test(raw[s]!)) s++;
    if (index < lines.length - 1) while (e > s && /[ \t\r]/.test(raw[e - 1]!)) e--;
    if (index > 0 && s === e && index < lines.length - 1) {
      pendingBreaks++;
      continue;
    }
    if (index > 0) {
      const joined = raw[lines[index - 1]![1] - 1] === '\\' && raw[0] === '"';
      if (!joined) out.push(pendingBreaks ? '\n'.repeat(pendingBreaks) : ' ', base + s);
    }
    pendingBreaks = 0;
    let i = s;
    const last = index < lines.length - 1 && raw[e - 1] === '\\' && raw[0] === '"' ? e - 1 : e;
    while (i < last) i = readChar(raw, i, out);
  }
  return { value: out.value, offsets: [...out.offsets, base + to] };
}

/** `|` keeps line breaks, `>` folds lines of the same indentation; `-` strips and `+` keeps trailing breaks. */
function decodeBlock(raw: string, base: number, folded: boolean): Decoded | undefined {
  const headerEnd = raw.indexOf('\n');
  if (headerEnd < 0) return { value: '', offsets: [base + raw.length] };
  const header = raw.slice(0, headerEnd).replace(/#.*$/, '').trim();
  const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
  const explicit = /\d/.exec(header)?.[0];
  const lines: { start: number; end: number }[] = [];
  let at = headerEnd + 1;
  while (at <= raw.length) {
    const nl = raw.indexOf('\n', at);
    const end = nl < 0 ? raw.length : nl;
    lines.push({ start: at, end });
    if (nl < 0) break;
    at = nl + 1;
  }
  if (lines.length && lines[lines.length - 1]!.start === raw.length) lines.pop();
  const firstContent = lines.find((l) => raw.slice(l.start, l.end).trim() !== '');
  const indent = explicit
    ? Number(explicit)
    : firstContent
      ? /^ */.exec(raw.slice(firstContent.start, firstContent.end))![0].length
      : 0;
  const out = new Out();
  let previousMoreIndented = true;
  let pendingEmpty = 0;
  let started = false;
  for (const line of lines) {
    const content = raw.slice(line.start, line.end);
    if (content.slice(0, indent).trim() !== '' && content.trim() !== '') return undefined;
    const body = content.length > indent ? content.slice(indent) : '';
    if (body.trim() === '' && body.length === 0) {
      pendingEmpty++;
      continue;
    }
    const moreIndented = /^[ \t]/.test(body);
    if (started) {
      if (folded && !moreIndented && !previousMoreIndented) {
        out.push(pendingEmpty ? '\n'.repeat(pendingEmpty) : ' ', base + line.start);
      } else {
        out.push('\n'.repeat(pendingEmpty + 1), base + line.start);
      }
    } else if (pendingEmpty) {
      out.push('\n'.repeat(pendingEmpty), base + line.start);
    }
    pendingEmpty = 0;
    started = true;
    previousMoreIndented = moreIndented;
    for (let i = 0; i < body.length; i++) out.push(body[i]!, base + line.start + indent + i);
  }
  const endOffset = base + raw.length;
  if (started && chomp !== 'strip') out.push('\n', endOffset);
  if (chomp === 'keep') out.push('\n'.repeat(pendingEmpty), endOffset);
  return { value: out.value, offsets: [...out.offsets, endOffset] };
}
