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
  if (decision.verdict === 'allow') {
    const count = decision.findings.length;
    return {
      state: 'success',
      description:
        count === 0 ? 'no destructive changes found' : `no blocking findings (${plural(count, 'finding')} reported)`,
    };
  }
  if (decision.requirements.length === 0) {
    return { state: 'failure', description: 'blocked: blocking findings and no approval rule to lift them' };
  }
  return { state: tree.satisfied ? 'success' : 'failure', description: fit(tree.summary) };
}

function fit(text: string): string {
  const chars = Array.from(escapeControls(text));
  return chars.length <= MAX_STATUS_DESCRIPTION
    ? chars.join('')
    : `${chars.slice(0, MAX_STATUS_DESCRIPTION - 1).join('')}…`;
}
