import type { RawFinding } from '../core/checker.js';
import type { Span } from '../core/types.js';

/** A finding with the family of the checker that read it (not its rule's: the code family reports SQL rules). */
export interface ReadFinding {
  finding: RawFinding;
  family: string;
}

/**
 * How specific a reader is: a precise reader knows the construct (a Pulumi resource and its
 * base version, a migration framework's call), the code family knows only that code calls
 * something with these arguments, the universal net only that a string reads as destructive.
 */
function specificity(family: string): number {
  if (family === 'universal') return 0;
  if (family === 'code') return 1;
  return 2;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * One finding per construct. Two readers may judge the same text: the code family's SDK rules
 * and the Pulumi reader both see `skip_final_snapshot=True`; the code family's SQL and the
 * universal net both see a Rust constant a refinery migration returns. When findings of the same
 * kind on the same side are read by readers of different specificity and the more specific one's
 * span (or the text it says it judges, `covers`) overlaps the other's, the less specific one is
 * dropped. Never when the specific one is off by policy or does not block for a reason of its
 * own while the other would: a finding is only dropped for one at least as strong.
 */
export function onePerConstruct(read: readonly ReadFinding[], isOff: (ruleId: string) => boolean): RawFinding[] {
  const strong = read.filter(({ finding }) => !isOff(finding.ruleId));
  return read
    .filter(({ finding, family }) => {
      const rank = specificity(family);
      if (rank === 2) return true;
      return !strong.some(
        (other) =>
          specificity(other.family) > rank &&
          other.finding.kind === finding.kind &&
          (other.finding.side ?? 'head') === (finding.side ?? 'head') &&
          (other.finding.downgradedBecause === undefined || finding.downgradedBecause !== undefined) &&
          other.finding.rollbackOnly === finding.rollbackOnly &&
          [other.finding.span, ...(other.finding.covers ?? [])].some((s) => overlaps(s, finding.span)),
      );
    })
    .map(({ finding }) => finding);
}
