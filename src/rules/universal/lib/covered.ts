import type { RawFinding } from '../../../core/checker.js';
import { LineIndex } from '../../../core/lines.js';

/**
 * A finding of the universal net on a line a precise reader already reported is the same thing
 * seen twice: the precise one is kept.
 */
export function withoutCovered(raw: RawFinding[], text: string, baseText: string | undefined): RawFinding[] {
  const isNet = (f: RawFinding) => f.ruleId.startsWith('universal/');
  if (!raw.some(isNet)) return raw;
  const lines = { head: new LineIndex(text), base: new LineIndex(baseText ?? '') };
  const covered = new Set<string>();
  for (const f of raw) {
    if (isNet(f)) continue;
    const index = lines[f.side ?? 'head'];
    const range = index.lineRangeOf(f.span);
    for (let line = range.start; line <= range.end; line++) covered.add(`${f.side ?? 'head'}:${line}`);
  }
  return raw.filter(
    (f) => !isNet(f) || !covered.has(`${f.side ?? 'head'}:${lines[f.side ?? 'head'].lineOf(f.span.start)}`),
  );
}
