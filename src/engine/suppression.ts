import { LineIndex } from '../core/lines.js';

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
  // Only lines holding the marker's words are read: a large file is not split into its lines.
  const word = /two-key/gi;
  let line = 1;
  let counted = 0;
  for (let start = 0; start <= text.length;) {
    word.lastIndex = start;
    const rest = word.exec(text);
    if (!rest) break;
    const at = rest.index;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    for (let i = text.indexOf('\n', counted); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
    counted = lineStart;
    const m = MARKER.exec(text.slice(lineStart, lineEnd));
    if (m) {
      found.push({
        line,
        ruleIds: m[1]!.split(',').map((s) => s.trim().toLowerCase()),
        reason: (m[2] ?? '').trim(),
      });
    }
    start = lineEnd + 1;
  }
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
