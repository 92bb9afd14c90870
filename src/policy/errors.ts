/** One thing wrong with a policy file, at a 1-based line and column. */
export interface PolicyProblem {
  file: string;
  line: number;
  column: number;
  /** What is wrong, in plain words, without the position prefix. */
  reason: string;
}

export function formatProblem(p: PolicyProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.reason}`;
}

/**
 * A policy that cannot be used. `message` is every problem as `file:line:column: reason`, one a
 * line; `file`, `line` and `column` are the first problem's.
 */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly problems: readonly PolicyProblem[];

  constructor(problems: readonly PolicyProblem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    const first = sorted[0] ?? { file: '<policy>', line: 1, column: 1, reason: 'invalid policy' };
    super(sorted.length > 0 ? sorted.map(formatProblem).join('\n') : formatProblem(first));
    this.file = first.file;
    this.line = first.line;
    this.column = first.column;
    this.problems = sorted.length > 0 ? sorted : [first];
  }
}
