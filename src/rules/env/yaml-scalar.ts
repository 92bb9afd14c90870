import type { Scalar } from 'yaml';
import { fromOffsets, type OffsetMap } from '../../parsers/offset-map.js';

/**
 * Where each character of a YAML string scalar's value is in the file: plain and quoted
 * one-liners shift, block scalars (`run: |`) drop each line's indentation. A scalar whose
 * value cannot be matched character by character back to its source (escapes, folded blank
 * lines) maps every offset to the scalar's start, so findings still land on its line.
 */
export function scalarMap(text: string, node: Scalar): OffsetMap {
  const [start, valueEnd] = node.range ?? [0, 0];
  const value = typeof node.value === 'string' ? node.value : String(node.value);
  const offsets = candidateOffsets(text, node.type, start, valueEnd);
  if (offsets && matches(text, value, offsets))
    return fromOffsets([...offsets.slice(0, value.length), offsets[value.length] ?? valueEnd]);
  return fromOffsets([start]);
}

function candidateOffsets(text: string, type: Scalar['type'], start: number, end: number): number[] | undefined {
  if (type === 'PLAIN' || type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') {
    const first = type === 'PLAIN' ? start : start + 1;
    return Array.from({ length: end - first + 1 }, (_, i) => first + i);
  }
  if (type !== 'BLOCK_LITERAL' && type !== 'BLOCK_FOLDED') return undefined;
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0) return undefined;
  const lines: { start: number; text: string }[] = [];
  for (let at = headerEnd + 1; at < end;) {
    const next = text.indexOf('\n', at);
    const stop = next < 0 || next > end ? end : next;
    lines.push({ start: at, text: text.slice(at, stop) });
    at = stop + 1;
  }
  const indent = Math.min(
    ...lines.filter((l) => l.text.trim() !== '').map((l) => l.text.length - l.text.trimStart().length),
  );
  if (!Number.isFinite(indent)) return undefined;
  const offsets: number[] = [];
  for (const line of lines) {
    for (let i = indent; i < line.text.length; i++) offsets.push(line.start + i);
    offsets.push(line.start + line.text.length);
  }
  return offsets;
}

/** Every character of the value that is not a line break or folding space is the character the map points at. */
function matches(text: string, value: string, offsets: readonly number[]): boolean {
  if (value.length > offsets.length) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\n' || c === ' ') continue;
    if (text[offsets[i]!] !== c) return false;
  }
  return true;
}
