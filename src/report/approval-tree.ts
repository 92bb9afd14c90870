import type { ApprovalTree, IneligibleReason, RequirementStatus, ReviewerVerdict } from '../core/approval-types.js';
import { escapeMarkdown, inlineCode } from './markdown-escape.js';
import { plural } from './wording.js';

/** Reviewers listed one by one; past this many the rest are counted, so a crowd cannot flood the comment. */
const MAX_REVIEWERS = 50;

/** Each reason completes "@bob’s approval does not count: …". */
const REASONS: Record<IneligibleReason, string> = {
  author: 'they opened the pull request',
  bot: 'it is a bot account',
  agent: 'it is a known coding-agent account',
  'policy-agent': 'the policy lists it as an agent account (agents.logins)',
  'commit-author': 'they wrote commits in this pull request',
  committer: 'they committed commits in this pull request',
  'co-author': 'a Co-authored-by trailer in this pull request names them',
  'last-pusher': 'they pushed the head commit',
  'no-write-access': 'they have no write access to the repository',
  'permission-unknown': 'their repository permission could not be read',
  stale: 'it was given on an older commit, not the current head',
  'not-in-team': 'they are not among the approvers a requirement names',
  'team-unverifiable': 'they are not a named approver, and the team membership that could count them could not be read',
};

/** A reason in words, without the login: `they pushed the head commit`. */
export function describeReason(reason: IneligibleReason): string {
  return REASONS[reason];
}

/** `@alice` as Markdown that shows the `@` without pinging anybody (a zero-width joiner follows it). */
export function mention(login: string): string {
  return escapeMarkdown(login.startsWith('@') ? login : `@${login}`);
}

/** The approvals part of a comment or summary: each requirement with who met it, what is missing and what blocks. */
export function renderApprovalTree(tree: ApprovalTree): string {
  const lines: string[] = ['#### Approvals'];
  if (tree.requirements.length === 0) lines.push('No approval needed.');
  for (const status of tree.requirements) lines.push(...requirementLines(status));
  if (tree.changesRequestedBy.length > 0) {
    lines.push(
      `- ⛔ Changes requested by ${tree.changesRequestedBy.map(mention).join(', ')}: a new review from them or a dismissal lifts it.`,
    );
  }
  const notCounted = tree.reviewers.filter((r) => !r.eligible && r.state !== 'DISMISSED');
  if (notCounted.length > 0) {
    lines.push('', '**Reviews that do not count:**');
    for (const reviewer of notCounted.slice(0, MAX_REVIEWERS)) lines.push(reviewerLine(reviewer));
    const more = notCounted.length - MAX_REVIEWERS;
    if (more > 0) lines.push(`- and ${plural(more, 'more reviewer')}`);
  }
  return lines.join('\n');
}

function requirementLines(status: RequirementStatus): string[] {
  const { requirement } = status;
  const who =
    requirement.from.length === 0
      ? 'any eligible reviewer with write access'
      : requirement.from.map(mention).join(' or ');
  const head = `- ${status.satisfied ? '✅' : '⏳'} **${escapeMarkdown(requirement.reason)}**: ${plural(
    requirement.approvals,
    'approval',
  )} from ${who}.`;
  const approved = status.approvedBy.length > 0 ? ` Approved by ${status.approvedBy.map(mention).join(', ')}.` : '';
  const missing = status.missing > 0 ? ` **${status.missing} more needed.**` : '';
  const lines = [head + approved + missing];
  for (const team of status.unverifiable) {
    lines.push(
      `  - ⚠️ ${mention(team.team)} could not be verified (${escapeMarkdown(team.reason)}): its members’ approvals are not counted.`,
    );
  }
  return lines;
}

/** `- @bob’s approval does not count: they pushed the head commit.` */
function reviewerLine(reviewer: ReviewerVerdict): string {
  const what = reviewer.state === 'CHANGES_REQUESTED' ? 'request for changes' : 'approval';
  const on = reviewer.reasons.includes('stale') ? ` (on ${inlineCode(reviewer.commitId.slice(0, 7))})` : '';
  return `- ${mention(reviewer.login)}’s ${what}${on} does not count: ${reviewer.reasons.map(describeReason).join('; ')}.`;
}
