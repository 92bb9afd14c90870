import { fromOffsets, type OffsetMap } from '../../../../parsers/offset-map.js';

/** Builds a shell snippet from pieces of a file, remembering where each character came from. */
export class MappedText {
  text = '';
  private readonly offsets: number[] = [];

  /** Characters copied from the file at `from`. */
  copy(chars: string, from: number): void {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) this.offsets.push(from + i);
  }

  /** Characters that stand for the file's text at `at` (a resolved variable, a placeholder). */
  insert(chars: string, at: number): void {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) this.offsets.push(at);
  }

  map(end: number): OffsetMap {
    return fromOffsets([...this.offsets, end]);
  }
}

/** The physical lines of a text with their start offsets, line breaks excluded. */
export function linesOf(text: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ''), start });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}
