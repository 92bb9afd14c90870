import { eligibility, type Eligibility } from './approvals-eligibility.js';
import type {
  ApprovalFacts,
  ApprovalTree,
  RequirementStatus,
  ReviewFact,
  ReviewerVerdict,
} from '../core/approval-types.js';
import type { Requirement } from '../core/types.js';

/** Reviews that change a reviewer's standing; COMMENTED and PENDING leave it where it was. */
const STATE_CHANGING = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

const lower = (s: string): string => s.toLowerCase();

/**
 * Which requirement is met by whom, which is still missing, and what blocks, from facts read
 * beforehand: the pull request's reviews, the reviewers' permissions, team memberships and who
 * wrote the commits. Pure, so tests build the facts by hand.
 */
export function evaluateApprovals(requirements: Requirement[], facts: ApprovalFacts): ApprovalTree {
  const rules = eligibility(facts);
  const reviewers = latestStateChangingReviews(facts.reviews).map((review) => verdictFor(review, rules));

  const approvers = reviewers.filter((r) => r.eligible && r.state === 'APPROVED').map((r) => r.login);
  const statuses = requirements.map((requirement) => statusOf(requirement, approvers, facts));
  markApproversOutsideEveryRequirement(reviewers, statuses, requirements);

  const changesRequestedBy = reviewers.filter((r) => r.eligible && r.state === 'CHANGES_REQUESTED').map((r) => r.login);
  // With nothing to approve the gate has no say; a request for changes is branch protection's business then.
  const satisfied =
    requirements.length === 0 || (changesRequestedBy.length === 0 && statuses.every((s) => s.satisfied));
  return {
    satisfied,
    requirements: statuses,
    changesRequestedBy,
    reviewers,
    summary: requirements.length === 0 ? 'no approval needed' : summarise(statuses, changesRequestedBy),
  };
}

/** Per reviewer, the review that decides their standing: the latest APPROVED, CHANGES_REQUESTED or DISMISSED. */
function latestStateChangingReviews(reviews: readonly ReviewFact[]): ReviewFact[] {
  const latest = new Map<string, ReviewFact>();
  for (const review of reviews) {
    if (!STATE_CHANGING.has(review.state)) continue;
    const key = lower(review.login);
    const previous = latest.get(key);
    if (previous === undefined || isLater(review, previous)) latest.set(key, review);
  }
  return [...latest.values()].sort((a, b) => lower(a.login).localeCompare(lower(b.login)));
}

function isLater(a: ReviewFact, b: ReviewFact): boolean {
  const ta = Date.parse(a.submittedAt);
  const tb = Date.parse(b.submittedAt);
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta > tb;
  // Review ids grow with time on GitHub; they order reviews submitted within the same second.
  return a.id > b.id;
}

function verdictFor(review: ReviewFact, rules: Eligibility): ReviewerVerdict {
  const reasons = rules.reasonsFor(review);
  return {
    login: review.login,
    state: review.state,
    commitId: review.commitId,
    eligible: reasons.length === 0,
    reasons,
  };
}

/** How far one requirement is met by the eligible approvers; an unreadable team never counts. */
function statusOf(requirement: Requirement, approvers: string[], facts: ApprovalFacts): RequirementStatus {
  const unverifiable: RequirementStatus['unverifiable'] = [];
  const who = requirement.from.map((entry) => parseWho(entry));
  for (const w of who) {
    if (w.kind !== 'team') continue;
    const team = facts.teams[w.key];
    if (team === undefined) unverifiable.push({ team: w.name, reason: 'team membership was not read' });
    else if ('unverifiable' in team) unverifiable.push({ team: w.name, reason: team.unverifiable });
  }
  const approvedBy = approvers.filter((login) => qualifies(login, who, facts));
  const missing = Math.max(0, requirement.approvals - approvedBy.length);
  return { requirement, approvedBy, missing, satisfied: missing === 0, unverifiable };
}

type Who = { kind: 'user' | 'team'; name: string; key: string };

/** `@user` or `@org/team` (the `@` optional); the key is how ApprovalFacts indexes it. */
function parseWho(entry: string): Who {
  const name = entry.startsWith('@') ? entry : `@${entry}`;
  const key = lower(name);
  return { kind: name.includes('/') ? 'team' : 'user', name, key: name.includes('/') ? key : key.slice(1) };
}

function qualifies(login: string, who: Who[], facts: ApprovalFacts): boolean {
  if (who.length === 0) return true;
  const key = lower(login);
  return who.some((w) => {
    if (w.kind === 'user') return w.key === key;
    const team = facts.teams[w.key];
    return team !== undefined && 'members' in team && team.members.some((m) => lower(m) === key);
  });
}

/**
 * An otherwise eligible approval that counts toward no requirement says why, so the reviewer is
 * not left wondering: `not-in-team`, or `team-unverifiable` when a team it might be in could not be read.
 */
function markApproversOutsideEveryRequirement(
  reviewers: ReviewerVerdict[],
  statuses: RequirementStatus[],
  requirements: Requirement[],
): void {
  if (requirements.length === 0) return;
  const counted = new Set(statuses.flatMap((s) => s.approvedBy.map(lower)));
  const anyUnverifiable = statuses.some((s) => !s.satisfied && s.unverifiable.length > 0);
  for (const reviewer of reviewers) {
    if (!reviewer.eligible || reviewer.state !== 'APPROVED' || counted.has(lower(reviewer.login))) continue;
    reviewer.eligible = false;
    reviewer.reasons.push(anyUnverifiable ? 'team-unverifiable' : 'not-in-team');
  }
}

/** `changes requested by @bob`, `needs approval from @acme/dba (1 more)`, `approved by @alice`. */
function summarise(statuses: RequirementStatus[], changesRequestedBy: string[]): string {
  const parts: string[] = [];
  if (changesRequestedBy.length > 0) parts.push(`changes requested by ${changesRequestedBy.map(at).join(', ')}`);
  const missing = statuses.filter((s) => !s.satisfied);
  if (missing.length > 0) {
    parts.push(
      `needs approval from ${missing.map((s) => `${whoNeeded(s.requirement)} (${s.missing} more)`).join('; ')}`,
    );
  }
  if (parts.length > 0) return parts.join('; ');
  const approvers = unique(statuses.flatMap((s) => s.approvedBy));
  if (approvers.length > 0) return `approved by ${approvers.map(at).join(', ')}`;
  return 'no approval needed';
}

/** `@acme/dba or @alice`, or `an eligible reviewer with write access` when the requirement names nobody. */
export function whoNeeded(requirement: Requirement): string {
  if (requirement.from.length === 0) return 'an eligible reviewer with write access';
  return requirement.from.map((w) => (w.startsWith('@') ? w : `@${w}`)).join(' or ');
}

const at = (login: string): string => `@${login}`;

function unique(logins: string[]): string[] {
  const seen = new Set<string>();
  return logins.filter((l) => (seen.has(lower(l)) ? false : (seen.add(lower(l)), true)));
}
