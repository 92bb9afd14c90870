import type { ApprovalTree } from '../core/approval-types.js';
import type { Decision } from '../core/types.js';
import { escapeControls } from './escape.js';
import { plural } from './wording.js';

/** GitHub truncates nothing: a commit status description over 140 characters is refused. */
export const MAX_STATUS_DESCRIPTION = 140;

/**
 * The commit status: `failure` while the gate holds the pull request, `success` once it does not.
 * Fails closed: a blocking decision without requirements (nobody named who could approve) stays failure.
 */
export function statusFor(
  decision: Decision,
  tree: ApprovalTree,
): { state: 'success' | 'failure'; description: string } {
  return { state: gatePasses(decision, tree) ? 'success' : 'failure', description: fit(gateSentence(decision, tree)) };
}

/** Whether the gate lets the pull request through: nothing blocks, or every approval asked for is in. */
export function gatePasses(decision: Decision, tree: ApprovalTree): boolean {
  if (decision.verdict === 'allow') return true;
  // Fail closed: a block that names no approval rule has nothing that could lift it.
  return decision.requirements.length > 0 && tree.satisfied;
}

/** The verdict in one plain-text line, unshortened: the status description, the check run title, the comment's lead. */
export function gateSentence(decision: Decision, tree: ApprovalTree): string {
  if (decision.verdict === 'allow') {
    const count = decision.findings.length;
    return count === 0 ? 'no destructive changes found' : `no blocking findings (${plural(count, 'finding')} reported)`;
  }
  if (decision.requirements.length === 0) return 'blocked: blocking findings and no approval rule to lift them';
  return tree.summary;
}

function fit(text: string): string {
  const chars = Array.from(escapeControls(text));
  return chars.length <= MAX_STATUS_DESCRIPTION
    ? chars.join('')
    : `${chars.slice(0, MAX_STATUS_DESCRIPTION - 1).join('')}…`;
}
