import type { Span } from '../core/types.js';

/**
 * Maps an offset in decoded text (a JSON string's value, a quoted shell word) to the offset in
 * the text it was decoded from, so a finding inside it points at the file. Defined for
 * 0..length inclusive: the end maps to just past the last character's encoding.
 */
export type OffsetMap = (offset: number) => number;

/** Text copied unchanged from `base` onwards. */
export function shiftBy(base: number): OffsetMap {
  return (offset) => base + offset;
}

/** From the source offset of every decoded character, plus the offset just past the last one. */
export function fromOffsets(offsets: readonly number[]): OffsetMap {
  const last = offsets.length - 1;
  return (offset) => offsets[Math.max(0, Math.min(offset, last))] ?? 0;
}

export function mapSpan(map: OffsetMap, span: Span): Span {
  return { start: map(span.start), end: map(span.end) };
}
