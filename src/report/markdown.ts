import type { ApprovalTree } from '../core/approval-types.js';
import type { Decision, Requirement, Side } from '../core/types.js';
import { renderGateReport } from './gate-report.js';

export interface MarkdownOptions {
  /** Where a finding's line can be seen, e.g. the pull request's diff or a blob URL; only http(s) is linked. */
  fileUrl?: (path: string, line: number, side: Side) => string | undefined;
  /** Where a rule's documentation lives; by default its page at the running version. */
  ruleUrl?: (ruleId: string) => string | undefined;
  /** GitHub refuses comments over 65,536 characters; findings from the least severe, then notes, give way first. */
  maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 65_000;

/** Before any review: every requirement is still wanted in full. */
function awaitingReviews(requirements: Requirement[]): ApprovalTree {
  return {
    satisfied: requirements.length === 0,
    requirements: requirements.map((requirement) => ({
      requirement,
      approvedBy: [],
      missing: requirement.approvals,
      satisfied: false,
      unverifiable: [],
    })),
    changesRequestedBy: [],
    reviewers: [],
    summary: requirements.length === 0 ? 'no approval needed' : 'awaiting reviews',
  };
}

/**
 * `--format markdown`: the same report the pull request comment and the job summary show (one
 * renderer for all three), as it reads before anyone has reviewed. Without a trailing newline.
 */
export function render(decision: Decision, options: MarkdownOptions = {}): string {
  return renderGateReport(
    decision,
    awaitingReviews(decision.requirements),
    {
      headSha: '',
      ...(options.fileUrl && { fileUrl: options.fileUrl }),
      ...(options.ruleUrl && { ruleUrl: options.ruleUrl }),
    },
    {
      maxSize: options.maxLength ?? DEFAULT_MAX_LENGTH,
      measure: (text) => text.length,
      seeAlso: 'run `two-key check --format text` to see them all',
    },
  );
}
