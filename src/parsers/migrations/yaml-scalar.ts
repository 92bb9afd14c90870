import type { Scalar } from 'yaml';
import { DecodedBuilder, type DecodedString } from './decoded-string.js';

const DOUBLE_QUOTED: Record<string, string> = {
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
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/**
 * A YAML (or JSON) string scalar's value with each character mapped to the file: block literals
 * and folded blocks line by line, quoted scalars escape by escape. Where the rebuilt value does
 * not match what the yaml package read (an unusual folding), every character maps to the
 * scalar's first line rather than to a wrong one.
 */
export function yamlString(scalar: Scalar, src: string): DecodedString {
  const value = String(scalar.value);
  const [start, end] = scalar.range ?? [0, 0];
  const built = rebuild(scalar.type, src, start, end);
  if (built !== undefined) {
    const text = built.finish();
    if (text.text === value) return text;
    // Chomping: the value is the rebuilt text less trailing line breaks.
    if (text.text.startsWith(value) && /^\n*$/.test(text.text.slice(value.length))) {
      return { text: value, toFile: (offset) => text.toFile(Math.min(offset, value.length)) };
    }
  }
  return { text: value, toFile: () => start };
}

function rebuild(type: Scalar['type'], src: string, start: number, end: number): DecodedBuilder | undefined {
  const builder = new DecodedBuilder();
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const lines = lineStarts(src, start, end).slice(1);
    const content = lines.filter((l) => src.slice(l, lineEnd(src, l, end)).trim() !== '');
    if (content.length === 0) return builder;
    const indent = Math.min(...content.map((l) => /^[ ]*/.exec(src.slice(l, lineEnd(src, l, end)))![0].length));
    if (type === 'BLOCK_FOLDED') return foldedRebuild(src, lines, end, indent);
    for (const line of lines) {
      const stop = lineEnd(src, line, end);
      if (src.slice(line, stop).trim() !== '') builder.verbatim(src, line + indent, stop);
      if (stop < end) builder.verbatim(src, stop, stop + 1);
    }
    return builder;
  }
  if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') {
    const close = end - 1;
    for (let i = start + 1; i < close; i++) {
      const char = src[i]!;
      if (char === '\n' || char === '\r') return undefined;
      if (type === 'QUOTE_SINGLE' && char === "'" && src[i + 1] === "'") {
        builder.decoded("'", i, i + 2);
        i++;
      } else if (type === 'QUOTE_DOUBLE' && char === '\\') {
        const next = src[i + 1] ?? '';
        const hex = { x: 2, u: 4, U: 8 }[next];
        if (hex !== undefined) {
          builder.decoded(String.fromCodePoint(parseInt(src.slice(i + 2, i + 2 + hex), 16)), i, i + 2 + hex);
          i += 1 + hex;
        } else {
          builder.decoded(DOUBLE_QUOTED[next] ?? next, i, i + 2);
          i++;
        }
      } else builder.verbatim(src, i, i + 1);
    }
    return builder;
  }
  if (type === 'PLAIN') {
    if (/[\r\n]/.test(src.slice(start, end))) return undefined;
    return builder.verbatim(src, start, end);
  }
  return undefined;
}

/** A folded block: line breaks between text lines become spaces, blank lines stay line breaks. */
function foldedRebuild(src: string, lines: number[], end: number, indent: number): DecodedBuilder {
  const builder = new DecodedBuilder();
  let pendingBreak: number | undefined;
  let blank = 0;
  for (const line of lines) {
    const stop = lineEnd(src, line, end);
    if (src.slice(line, stop).trim() === '') {
      blank++;
      continue;
    }
    if (pendingBreak !== undefined) {
      if (blank > 0) for (let i = 0; i < blank; i++) builder.decoded('\n', pendingBreak, pendingBreak + 1);
      else builder.decoded(' ', pendingBreak, pendingBreak + 1);
    }
    builder.verbatim(src, line + indent, stop);
    pendingBreak = stop;
    blank = 0;
  }
  if (pendingBreak !== undefined && pendingBreak < end) builder.decoded('\n', pendingBreak, pendingBreak + 1);
  return builder;
}

function lineStarts(src: string, start: number, end: number): number[] {
  const starts = [start];
  for (let i = src.indexOf('\n', start); i !== -1 && i + 1 < end; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineEnd(src: string, line: number, end: number): number {
  const newline = src.indexOf('\n', line);
  return newline === -1 || newline > end ? end : newline;
}
