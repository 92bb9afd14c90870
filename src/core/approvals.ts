import { KNOWN_AGENTS } from '../authorship/known-agents.js';
import type {
  ApprovalFacts,
  ApprovalTree,
  IneligibleReason,
  Permission,
  RequirementStatus,
  ReviewFact,
  ReviewerVerdict,
} from './approval-types.js';
import type { Requirement } from './types.js';

export interface ApprovalOptions {
  /** Agent accounts beyond the built-in list (the policy's `agents.logins`). */
  knownAgentLogins?: readonly string[];
}

const WRITE_PERMISSIONS: ReadonlySet<Permission> = new Set(['write', 'maintain', 'admin']);
/** Reviews that change a reviewer's standing; COMMENTED and PENDING leave it where it was. */
const STATE_CHANGING = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/** `12345+login@users.noreply.github.com` or the older `login@users.noreply.github.com`. */
const NOREPLY_EMAIL = /^(?:\d+\+)?([^@+]+)@users\.noreply\.github\.com$/i;

const lower = (s: string): string => s.toLowerCase();

/**
 * Which requirement is met by whom, which is still missing, and what blocks, from facts read
 * beforehand: the pull request's reviews, the reviewers' permissions, team memberships and who
 * wrote the commits. Pure, so tests build the facts by hand.
 */
export function evaluateApprovals(
  requirements: Requirement[],
  facts: ApprovalFacts,
  options: ApprovalOptions = {},
): ApprovalTree {
  const identity = identityChecks(facts, options);
  const reviewers = latestStateChangingReviews(facts.reviews).map((review) => verdictFor(review, facts, identity));

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

interface IdentityChecks {
  author: string;
  lastPusher?: string;
  agentLogins: Set<string>;
  commitLogins: Set<string>;
  commitEmails: Set<string>;
}

function identityChecks(facts: ApprovalFacts, options: ApprovalOptions): IdentityChecks {
  const commitEmails = new Set(facts.commitAuthorEmails.map(lower));
  const commitLogins = new Set(facts.commitAuthorLogins.map(lower));
  for (const email of commitEmails) {
    const login = NOREPLY_EMAIL.exec(email)?.[1];
    if (login !== undefined) commitLogins.add(login);
  }
  return {
    author: lower(facts.author),
    ...(facts.lastPusher === undefined ? {} : { lastPusher: lower(facts.lastPusher) }),
    agentLogins: new Set([...KNOWN_AGENTS.flatMap((a) => a.logins), ...(options.knownAgentLogins ?? [])].map(lower)),
    commitLogins,
    commitEmails,
  };
}

function verdictFor(review: ReviewFact, facts: ApprovalFacts, identity: IdentityChecks): ReviewerVerdict {
  const login = lower(review.login);
  const reasons: IneligibleReason[] = [];
  if (login === identity.author) reasons.push('author');
  if (lower(review.accountType) === 'bot' || login.endsWith('[bot]')) reasons.push('bot');
  if (identity.agentLogins.has(login)) reasons.push('agent');
  if (isCommitAuthor(login, facts, identity)) reasons.push('commit-author');
  if (identity.lastPusher !== undefined && login === identity.lastPusher) reasons.push('last-pusher');
  const permission = facts.permissions[login];
  if (permission === undefined) reasons.push('permission-unknown');
  else if (!WRITE_PERMISSIONS.has(permission)) reasons.push('no-write-access');
  // A request for changes blocks whichever commit it was given on; only an approval goes stale.
  if (review.state === 'APPROVED' && review.commitId !== facts.headSha) reasons.push('stale');
  return {
    login: review.login,
    state: review.state,
    commitId: review.commitId,
    eligible: reasons.length === 0,
    reasons,
  };
}

function isCommitAuthor(login: string, facts: ApprovalFacts, identity: IdentityChecks): boolean {
  if (identity.commitLogins.has(login)) return true;
  const emails = facts.reviewerEmails?.[login] ?? [];
  return emails.some((email) => identity.commitEmails.has(lower(email)));
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
