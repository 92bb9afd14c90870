import type { Requirement } from './types.js';

/** A reviewer's access to the repository, as GitHub's collaborator permission endpoint names it. */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED' | 'COMMENTED' | 'PENDING';

export interface ReviewFact {
  id: number;
  login: string;
  /** GitHub's account type: `User`, `Bot`, `Organization`. */
  accountType: string;
  state: ReviewState;
  /** The head commit the review was given on. */
  commitId: string;
  submittedAt: string;
}

/** What a team requirement could learn about a team: its members, or why they could not be read. */
export type TeamFact = { members: string[] } | { unverifiable: string };

/**
 * Who pushed the head commit. Unknown is a fact too: the ruleset may make GitHub enforce that
 * the last pusher cannot approve (`require_last_push_approval`), or nobody does and the report says so.
 */
export type PusherFact =
  | { known: true; login: string; source: 'activity' | 'timeline' | 'event' }
  | { known: false; reason: string; rulesetRequiresLastPushApproval: boolean };

/** A `Co-authored-by:` trailer, with the account its email resolves to when GitHub knows one. */
export interface CoAuthorFact {
  email: string;
  login: string | undefined;
}

/**
 * Everything the approval evaluation needs, read from GitHub by src/github/ beforehand, so the
 * evaluation itself is pure and a test can build the facts by hand (policy-bot's fake pull request).
 * Every identity fact is required: a fact the reader forgot is a type error, never a silent pass.
 */
export interface ApprovalFacts {
  headSha: string;
  /** The pull request's author. */
  author: string;
  /** Logins GitHub matched to the authors of the pull request's commits. */
  commitAuthors: string[];
  /** Logins GitHub matched to the committers of the pull request's commits. */
  committers: string[];
  /** Author and committer emails of the commits, for reviewers whose account GitHub did not match. */
  commitEmails: string[];
  /** Every `Co-authored-by:` trailer of the commits. */
  coAuthors: CoAuthorFact[];
  /** Emails each reviewer is known by (public profile, their commits here), lower-cased login -> emails. */
  reviewerEmails: Record<string, string[]>;
  /** The policy's `agents.logins`. */
  policyAgentLogins: string[];
  /** The built-in agent accounts. */
  knownAgentLogins: string[];
  lastPusher: PusherFact;
  reviews: ReviewFact[];
  /** Repository permission per reviewer login (lower-cased); a login absent here could not be read. */
  permissions: Record<string, Permission>;
  /** Per team slug as the policy writes it (`@acme/dba`, lower-cased). */
  teams: Record<string, TeamFact>;
}

/** Why a reviewer's review does not count; the comment shows it so nobody wonders. */
export type IneligibleReason =
  | 'author'
  | 'bot'
  | 'agent'
  /** Listed in the policy's `agents.logins`. */
  | 'policy-agent'
  | 'commit-author'
  | 'committer'
  /** Named by a `Co-authored-by:` trailer, by account or by email. */
  | 'co-author'
  | 'last-pusher'
  | 'no-write-access'
  | 'permission-unknown'
  | 'stale'
  | 'not-in-team'
  /** Approved, but the only teams that could count it could not be read with this token. */
  | 'team-unverifiable';

export interface ReviewerVerdict {
  login: string;
  state: ReviewState;
  commitId: string;
  eligible: boolean;
  reasons: IneligibleReason[];
}

/** One requirement of the decision and how far it is met. */
export interface RequirementStatus {
  requirement: Requirement;
  /** Eligible reviewers whose approval counts toward it. */
  approvedBy: string[];
  /** Approvals still needed (0 when met). */
  missing: number;
  satisfied: boolean;
  /** Teams the token could not read: their approvals are reported as unverifiable, never as met. */
  unverifiable: { team: string; reason: string }[];
}

/** The approval tree: which requirement is met by whom, which is missing, and what blocks. */
export interface ApprovalTree {
  satisfied: boolean;
  requirements: RequirementStatus[];
  /** Eligible reviewers whose latest state-changing review requests changes: each blocks. */
  changesRequestedBy: string[];
  reviewers: ReviewerVerdict[];
  /** One line a person understands: `needs approval from @acme/dba (1 more)`, `approved by @alice`. */
  summary: string;
}
