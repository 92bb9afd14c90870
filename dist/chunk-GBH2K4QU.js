import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/parsers/offset-map.ts
function shiftBy(base) {
  return (offset) => base + offset;
}
function fromOffsets(offsets) {
  const last = offsets.length - 1;
  return (offset) => offsets[Math.max(0, Math.min(offset, last))] ?? 0;
}
function mapSpan(map, span) {
  return { start: map(span.start), end: map(span.end) };
}

export {
  shiftBy,
  fromOffsets,
  mapSpan
};
