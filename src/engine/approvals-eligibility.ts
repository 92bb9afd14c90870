import type { ApprovalFacts, IneligibleReason, Permission, ReviewFact } from '../core/approval-types.js';

const WRITE_PERMISSIONS: ReadonlySet<Permission> = new Set(['write', 'maintain', 'admin']);
/** `12345+login@users.noreply.github.com` or the older `login@users.noreply.github.com`. */
const NOREPLY_EMAIL = /^(?:\d+\+)?([^@+]+)@users\.noreply\.github\.com$/i;

const lower = (s: string): string => s.toLowerCase();

/** The login a GitHub noreply email stands for, if it is one. */
export function noreplyLogin(email: string): string | undefined {
  return NOREPLY_EMAIL.exec(email.trim())?.[1];
}

/**
 * Who may not approve this pull request, and why, from facts that are all required by type:
 * the author, commit authors and committers, co-authors, agent accounts (built in and the
 * policy's), the last pusher, and permissions. Bots are known from the review itself.
 */
export interface Eligibility {
  reasonsFor(review: ReviewFact): IneligibleReason[];
}

export function eligibility(facts: ApprovalFacts): Eligibility {
  const set = (items: readonly string[]) => new Set(items.map(lower));
  const author = lower(facts.author);
  const policyAgents = set(facts.policyAgentLogins);
  const knownAgents = set(facts.knownAgentLogins);
  const commitAuthors = set(facts.commitAuthors);
  const committers = set(facts.committers);
  const commitEmails = set(facts.commitEmails);
  for (const email of commitEmails) {
    const login = noreplyLogin(email);
    if (login !== undefined) commitAuthors.add(lower(login));
  }
  const coAuthorLogins = new Set<string>();
  const coAuthorEmails = new Set<string>();
  for (const coAuthor of facts.coAuthors) {
    coAuthorEmails.add(lower(coAuthor.email));
    const login = coAuthor.login ?? noreplyLogin(coAuthor.email);
    if (login !== undefined) coAuthorLogins.add(lower(login));
  }
  const pusher = facts.lastPusher.known ? lower(facts.lastPusher.login) : undefined;
  const emailsOf = (login: string) => (facts.reviewerEmails[login] ?? []).map(lower);

  return {
    reasonsFor(review) {
      const login = lower(review.login);
      const emails = emailsOf(login);
      const reasons: IneligibleReason[] = [];
      if (login === author) reasons.push('author');
      if (lower(review.accountType) === 'bot' || login.endsWith('[bot]')) reasons.push('bot');
      if (knownAgents.has(login)) reasons.push('agent');
      if (policyAgents.has(login)) reasons.push('policy-agent');
      if (commitAuthors.has(login) || emails.some((e) => commitEmails.has(e))) reasons.push('commit-author');
      if (committers.has(login) && !reasons.includes('commit-author')) reasons.push('committer');
      if (coAuthorLogins.has(login) || emails.some((e) => coAuthorEmails.has(e))) reasons.push('co-author');
      if (pusher !== undefined && login === pusher) reasons.push('last-pusher');
      const permission = facts.permissions[login];
      if (permission === undefined) reasons.push('permission-unknown');
      else if (!WRITE_PERMISSIONS.has(permission)) reasons.push('no-write-access');
      // A request for changes blocks whichever commit it was given on; only an approval goes stale.
      if (review.state === 'APPROVED' && review.commitId !== facts.headSha) reasons.push('stale');
      return reasons;
    },
  };
}
