import type { LineRange, Span } from './types.js';

/** Maps offsets in a text to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based column of an offset. */
  columnOf(offset: number): number {
    return offset - this.starts[this.lineOf(offset) - 1]! + 1;
  }

  /** The text of a 1-based line, without its line break. */
  line(n: number): string {
    const start = this.starts[n - 1];
    if (start === undefined) return '';
    const next = this.starts[n];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
  }

  lineRangeOf(span: Span): LineRange {
    return { start: this.lineOf(span.start), end: this.lineOf(Math.max(span.start, span.end - 1)) };
  }
}

export function rangesIntersect(range: LineRange, ranges: readonly LineRange[]): boolean {
  return ranges.some((r) => r.start <= range.end && range.start <= r.end);
}

export function lineInRanges(line: number, ranges: readonly LineRange[]): boolean {
  return ranges.some((r) => r.start <= line && line <= r.end);
}
