import { LineIndex } from './lines.js';

/** `-- two-key: allow sql/drop-table -- reason`, also after `#`, `//` or in a block comment. */
const MARKER =
  /(?:--|#|\/\/|\/\*)\s*two-key:\s*allow\s+([a-z0-9-]+\/(?:[a-z0-9-]+|\*)(?:\s*,\s*[a-z0-9-]+\/(?:[a-z0-9-]+|\*))*)(?:\s*(?:--|:|—)\s*(.*?))?\s*(?:\*\/)?\s*$/i;

export interface Suppression {
  line: number;
  ruleIds: string[];
  reason: string;
}

export function findSuppressions(text: string): Suppression[] {
  const found: Suppression[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return;
    found.push({
      line: i + 1,
      ruleIds: m[1]!.split(',').map((s) => s.trim().toLowerCase()),
      reason: (m[2] ?? '').trim(),
    });
  });
  return found;
}

/**
 * The suppression that covers a finding: on the finding's own line, or in the run of comment
 * lines directly above its statement.
 */
export function suppressionFor(
  suppressions: readonly Suppression[],
  ruleId: string,
  findingLine: number,
  unitStartLine: number,
  lines: LineIndex,
): Suppression | undefined {
  const covers = (s: Suppression) => s.ruleIds.includes(ruleId) || s.ruleIds.includes(ruleId.split('/')[0] + '/*');
  const onLine = suppressions.find((s) => covers(s) && (s.line === findingLine || s.line === unitStartLine));
  if (onLine) return onLine;
  for (let line = unitStartLine - 1; line >= 1; line--) {
    const text = lines.line(line).trim();
    if (!/^(--|#|\/\/|\/\*|\*)/.test(text)) break;
    const here = suppressions.find((s) => s.line === line && covers(s));
    if (here) return here;
  }
  return undefined;
}
