import type { ApprovalFacts, Permission, ReviewFact, ReviewState, TeamFact } from '../../src/core/approval-types.js';

export const HEAD = 'h'.repeat(40);
export const OLD = 'o'.repeat(40);

/**
 * A pull request's approval facts built by hand (policy-bot's fake pull request): author `dev`,
 * head HEAD, no reviews; each call adds one fact and returns the builder.
 */
export class FactsBuilder {
  private readonly facts: ApprovalFacts = {
    headSha: HEAD,
    author: 'dev',
    commitAuthors: ['dev'],
    committers: ['dev'],
    commitEmails: ['dev@example.com'],
    coAuthors: [],
    reviewerEmails: {},
    policyAgentLogins: [],
    knownAgentLogins: ['Copilot', 'copilot-swe-agent[bot]'],
    lastPusher: { known: true, login: 'dev', source: 'activity' },
    reviews: [],
    permissions: {},
    teams: {},
  };
  private clock = Date.parse('2026-11-21T10:00:00Z');
  private nextId = 1;

  /** A reviewer with a repository permission (write unless said otherwise). */
  user(login: string, permission: Permission = 'write'): this {
    this.facts.permissions[login.toLowerCase()] = permission;
    return this;
  }

  /** A review, later than every review before it; on HEAD unless `commitId` says otherwise. */
  review(
    login: string,
    state: ReviewState,
    options: { commitId?: string; accountType?: string; at?: string } = {},
  ): this {
    this.clock += 60_000;
    const review: ReviewFact = {
      id: this.nextId++,
      login,
      accountType: options.accountType ?? 'User',
      state,
      commitId: options.commitId ?? HEAD,
      submittedAt: options.at ?? new Date(this.clock).toISOString(),
    };
    this.facts.reviews.push(review);
    return this;
  }

  approve(login: string, commitId: string = HEAD): this {
    return this.review(login, 'APPROVED', { commitId });
  }

  team(slug: string, fact: TeamFact): this {
    this.facts.teams[slug.toLowerCase()] = fact;
    return this;
  }

  with(patch: Partial<ApprovalFacts>): this {
    Object.assign(this.facts, patch);
    return this;
  }

  build(): ApprovalFacts {
    return structuredClone(this.facts);
  }
}

export const facts = (): FactsBuilder => new FactsBuilder();
