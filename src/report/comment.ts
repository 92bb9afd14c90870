import type { ApprovalTree } from '../core/approval-types.js';
import type { Decision } from '../core/types.js';
import { mention } from './approval-tree.js';
import { renderGateReport, type GateReportOptions } from './gate-report.js';
import { inlineCode, link } from './markdown-escape.js';

/** Hidden in the rendered comment; with the comment's author being the action's identity, it finds the sticky comment. */
export const COMMENT_MARKER = '<!-- two-key:sticky-comment -->';

/** GitHub refuses comment bodies over 65,536 characters; the margin covers the marker and counting differences. */
export const MAX_COMMENT_LENGTH = 65_000;

export type CommentOptions = GateReportOptions;

/** The sticky pull request comment: the marker, then the report cut at finding boundaries to fit. */
export function renderComment(decision: Decision, tree: ApprovalTree, options: CommentOptions): string {
  const body = renderGateReport(decision, tree, options, {
    maxSize: MAX_COMMENT_LENGTH - COMMENT_MARKER.length - 1,
    measure: (text) => text.length,
    seeAlso: 'see the job summary',
  });
  return `${COMMENT_MARKER}\n${body}`;
}

/**
 * What a stale sticky comment becomes once the gate no longer holds the pull request: approved by
 * the people the tree names, or no longer needed because the blocking findings are gone.
 */
export function renderResolvedComment(
  state: 'approved' | 'no-longer-needed',
  tree: ApprovalTree,
  options: CommentOptions,
): string {
  const approvers = [...new Set(tree.requirements.flatMap((r) => r.approvedBy))];
  const lines =
    state === 'approved'
      ? [
          '### ✅ two-key: approved',
          approvers.length > 0
            ? `Approved by ${approvers.map(mention).join(', ')}; every approval the policy asks for is in.`
            : 'Every approval the policy asks for is in.',
        ]
      : ['### ✅ two-key: approval no longer needed', 'The pull request no longer has findings that need approval.'];
  const run = options.runUrl === undefined ? '' : ` · ${link('workflow run', options.runUrl)}`;
  lines.push(`<sub>two-key checked head ${inlineCode(options.headSha.slice(0, 7))}${run}</sub>`);
  return `${COMMENT_MARKER}\n${lines.join('\n\n')}`;
}
