import type { RuleReport } from '../../../core/rule.js';
import type { Located } from './command-targets.js';

/** What the env rules are given: the production targets of one file, and which of them the change introduced. */
export interface EnvDocument {
  path: string;
  targets: Located[];
  /** Strong targets the base version of the file did not have: the file now points at production. */
  newTargets: Located[];
}

/** Reports each target at its span; read-only work against production is reported as a note. */
export function reportTargets(targets: readonly Located[], report: (r: RuleReport<'target'>) => void): void {
  for (const t of targets)
    report({
      messageId: 'target',
      data: { label: t.label },
      span: t.span,
      unit: t.unit,
      ...(t.readOnly ? { downgradedBecause: `read-only work against production (${t.readOnly})` } : {}),
    });
}
