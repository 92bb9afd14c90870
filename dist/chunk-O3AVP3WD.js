import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/core/lines.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  /** 1-based line of an offset. */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column of an offset. */
  columnOf(offset) {
    return offset - this.starts[this.lineOf(offset) - 1] + 1;
  }
  /** The text of a 1-based line, without its line break. */
  line(n) {
    const start = this.starts[n - 1];
    if (start === void 0) return "";
    const next = this.starts[n];
    return this.text.slice(start, next === void 0 ? void 0 : next - 1).replace(/\r$/, "");
  }
  lineRangeOf(span) {
    return { start: this.lineOf(span.start), end: this.lineOf(Math.max(span.start, span.end - 1)) };
  }
};
function rangesIntersect(range, ranges) {
  return ranges.some((r) => r.start <= range.end && range.start <= r.end);
}
function lineInRanges(line, ranges) {
  return ranges.some((r) => r.start <= line && line <= r.end);
}

export {
  LineIndex,
  rangesIntersect,
  lineInRanges
};
