import { describe, expect, it } from 'vitest';
import type { ApprovalFacts, ApprovalTree } from '../../src/core/approval-types.js';
import { evaluateApprovals } from '../../src/engine/approvals.js';
import type { Requirement } from '../../src/core/types.js';
import { facts, OLD } from '../helpers/approval-facts.js';

const anyOne: Requirement = { reason: 'destructive change', approvals: 1, from: [] };
const dba = (approvals = 1): Requirement => ({ reason: 'destructive change', approvals, from: ['@acme/dba'] });

/** Each reviewer as `login: state eligible|reasons`, for assertions that read like the comment. */
const reviewers = (tree: ApprovalTree): string[] =>
  tree.reviewers.map((r) => `${r.login}: ${r.state} ${r.eligible ? 'eligible' : r.reasons.join(',')}`);

describe('evaluateApprovals', () => {
  it('is satisfied with no requirements, whatever the reviews', () => {
    const tree = evaluateApprovals([], facts().user('bob').review('bob', 'CHANGES_REQUESTED').build());
    expect(tree.satisfied).toBe(true);
    expect(tree.summary).toBe('no approval needed');
  });

  it('counts an approval on the head by a write-access reviewer who wrote nothing', () => {
    const tree = evaluateApprovals([anyOne], facts().user('alice').approve('alice').build());
    expect(tree.satisfied).toBe(true);
    expect(tree.requirements[0]).toMatchObject({ approvedBy: ['alice'], missing: 0, satisfied: true });
    expect(tree.summary).toBe('approved by @alice');
    expect(reviewers(tree)).toEqual(['alice: APPROVED eligible']);
  });

  it('needs approval when nobody reviewed', () => {
    const tree = evaluateApprovals(
      [dba()],
      facts()
        .team('@acme/dba', { members: ['carol'] })
        .build(),
    );
    expect(tree.satisfied).toBe(false);
    expect(tree.requirements[0]).toMatchObject({ approvedBy: [], missing: 1, satisfied: false, unverifiable: [] });
    expect(tree.summary).toBe('needs approval from @acme/dba (1 more)');
  });

  it('does not count an approval on an older commit', () => {
    const tree = evaluateApprovals([anyOne], facts().user('alice').approve('alice', OLD).build());
    expect(tree.satisfied).toBe(false);
    expect(reviewers(tree)).toEqual(['alice: APPROVED stale']);
    expect(tree.summary).toBe('needs approval from an eligible reviewer with write access (1 more)');
  });

  it('does not count the author approving, in any letter case', () => {
    const tree = evaluateApprovals([anyOne], facts().user('dev', 'admin').approve('DEV').build());
    expect(tree.satisfied).toBe(false);
    expect(reviewers(tree)).toEqual(['DEV: APPROVED author,commit-author,last-pusher']);
  });

  it('does not count a bot, by account type or by [bot] login', () => {
    const tree = evaluateApprovals(
      [anyOne],
      facts()
        .user('helper', 'admin')
        .user('ci[bot]', 'admin')
        .review('helper', 'APPROVED', { accountType: 'Bot' })
        .approve('ci[bot]')
        .build(),
    );
    expect(tree.satisfied).toBe(false);
    expect(reviewers(tree)).toEqual(['ci[bot]: APPROVED bot', 'helper: APPROVED bot']);
  });

  it('does not count a known agent account, built in or from the policy', () => {
    const built = evaluateApprovals([anyOne], facts().user('Copilot').approve('Copilot').build());
    expect(reviewers(built)).toEqual(['Copilot: APPROVED agent']);
    const fromPolicy = evaluateApprovals(
      [anyOne],
      facts()
        .user('acme-agent')
        .approve('acme-agent')
        .with({ policyAgentLogins: ['ACME-Agent'] })
        .build(),
    );
    expect(fromPolicy.satisfied).toBe(false);
    expect(reviewers(fromPolicy)).toEqual(['acme-agent: APPROVED policy-agent']);
  });

  it('does not count a commit author or co-author: by login, by noreply email, by known email', () => {
    const base = () =>
      facts()
        .user('alice')
        .approve('alice')
        .with({ commitAuthors: ['dev'], commitEmails: ['dev@example.com'] });
    expect(
      evaluateApprovals(
        [anyOne],
        base()
          .with({ commitAuthors: ['dev', 'Alice'] })
          .build(),
      ).satisfied,
    ).toBe(false);
    const noreply = evaluateApprovals(
      [anyOne],
      base()
        .with({ commitEmails: ['dev@example.com', '4242+ALICE@users.noreply.github.com'] })
        .build(),
    );
    expect(reviewers(noreply)).toEqual(['alice: APPROVED commit-author']);
    const oldNoreply = base().with({ commitEmails: ['alice@users.noreply.github.com'] });
    expect(evaluateApprovals([anyOne], oldNoreply.build()).satisfied).toBe(false);
    const byEmail = base()
      .with({ commitEmails: ['dev@example.com', 'Alice@Example.org'] })
      .with({ reviewerEmails: { alice: ['alice@example.org'] } });
    expect(reviewers(evaluateApprovals([anyOne], byEmail.build()))).toEqual(['alice: APPROVED commit-author']);
    const coAuthorByEmail = base()
      .with({ coAuthors: [{ email: 'Alice@Corp.example', login: undefined }] })
      .with({ reviewerEmails: { alice: ['alice@corp.example'] } });
    expect(reviewers(evaluateApprovals([anyOne], coAuthorByEmail.build()))).toEqual(['alice: APPROVED co-author']);
    const coAuthorByAccount = base().with({ coAuthors: [{ email: 'alice@corp.example', login: 'ALICE' }] });
    expect(reviewers(evaluateApprovals([anyOne], coAuthorByAccount.build()))).toEqual(['alice: APPROVED co-author']);
    const committer = base().with({ committers: ['dev', 'alice'] });
    expect(reviewers(evaluateApprovals([anyOne], committer.build()))).toEqual(['alice: APPROVED committer']);
    // Another person's email is not hers.
    const stranger = base().with({
      commitEmails: ['bob@example.org'],
      coAuthors: [{ email: 'bob@corp.example', login: 'bob' }],
      reviewerEmails: { alice: ['a@x.org'] },
    });
    expect(evaluateApprovals([anyOne], stranger.build()).satisfied).toBe(true);
  });

  it('takes every identity fact as required: leaving one out does not compile', () => {
    const { lastPusher, policyAgentLogins, coAuthors, ...rest } = facts().build();
    // @ts-expect-error the pusher, the policy's agents and the co-authors are required facts
    const incomplete: ApprovalFacts = rest;
    expect([lastPusher, policyAgentLogins, coAuthors, incomplete]).toHaveLength(4);
  });

  it('does not count the last pusher', () => {
    const tree = evaluateApprovals(
      [anyOne],
      facts()
        .user('alice')
        .approve('alice')
        .with({ lastPusher: { known: true, login: 'Alice', source: 'timeline' } })
        .build(),
    );
    expect(reviewers(tree)).toEqual(['alice: APPROVED last-pusher']);
  });

  it('does not count a read-only or triage reviewer, nor one whose permission could not be read', () => {
    const tree = evaluateApprovals(
      [{ ...anyOne, approvals: 1 }],
      facts()
        .user('reader', 'read')
        .user('triager', 'triage')
        .approve('reader')
        .approve('triager')
        .approve('ghost')
        .build(),
    );
    expect(tree.satisfied).toBe(false);
    expect(reviewers(tree)).toEqual([
      'ghost: APPROVED permission-unknown',
      'reader: APPROVED no-write-access',
      'triager: APPROVED no-write-access',
    ]);
  });

  it('accepts maintain and admin as write access', () => {
    const tree = evaluateApprovals(
      [{ ...anyOne, approvals: 2 }],
      facts().user('m', 'maintain').user('a', 'admin').approve('m').approve('a').build(),
    );
    expect(tree.satisfied).toBe(true);
    expect(tree.requirements[0]!.approvedBy).toEqual(['a', 'm']);
  });

  it('blocks on CHANGES_REQUESTED from an eligible reviewer, on any commit, even with enough approvals', () => {
    const tree = evaluateApprovals(
      [anyOne],
      facts().user('alice').user('bob').approve('alice').review('bob', 'CHANGES_REQUESTED', { commitId: OLD }).build(),
    );
    expect(tree.satisfied).toBe(false);
    expect(tree.requirements[0]!.satisfied).toBe(true);
    expect(tree.changesRequestedBy).toEqual(['bob']);
    expect(tree.summary).toBe('changes requested by @bob');
  });

  it('keeps blocking when the same reviewer later only comments', () => {
    const tree = evaluateApprovals(
      [anyOne],
      facts()
        .user('alice')
        .user('bob')
        .approve('alice')
        .review('bob', 'CHANGES_REQUESTED')
        .review('bob', 'COMMENTED')
        .review('bob', 'PENDING')
        .build(),
    );
    expect(tree.satisfied).toBe(false);
    expect(tree.changesRequestedBy).toEqual(['bob']);
  });

  it('lifts the block when the request for changes is dismissed or followed by an approval', () => {
    const dismissed = facts()
      .user('alice')
      .user('bob')
      .approve('alice')
      .review('bob', 'CHANGES_REQUESTED')
      .review('bob', 'DISMISSED');
    const tree = evaluateApprovals([anyOne], dismissed.build());
    expect(tree.satisfied).toBe(true);
    expect(tree.changesRequestedBy).toEqual([]);
    expect(reviewers(tree)).toContain('bob: DISMISSED eligible');

    const approvedAfter = facts().user('bob').review('bob', 'CHANGES_REQUESTED').approve('bob');
    expect(evaluateApprovals([anyOne], approvedAfter.build()).satisfied).toBe(true);
  });

  it('lets a later CHANGES_REQUESTED revoke an approval', () => {
    const tree = evaluateApprovals(
      [anyOne],
      facts().user('alice').approve('alice').review('alice', 'CHANGES_REQUESTED').build(),
    );
    expect(tree.satisfied).toBe(false);
    expect(tree.requirements[0]!.approvedBy).toEqual([]);
    expect(tree.changesRequestedBy).toEqual(['alice']);
  });

  it('ignores CHANGES_REQUESTED from an ineligible reviewer (the author, a bot, a reader)', () => {
    const tree = evaluateApprovals(
      [anyOne],
      facts()
        .user('alice')
        .user('dev')
        .user('reader', 'read')
        .approve('alice')
        .review('dev', 'CHANGES_REQUESTED')
        .review('reader', 'CHANGES_REQUESTED')
        .review('lint[bot]', 'CHANGES_REQUESTED', { accountType: 'Bot' })
        .build(),
    );
    expect(tree.satisfied).toBe(true);
    expect(tree.changesRequestedBy).toEqual([]);
  });

  it('orders reviews by submission time, not by list order', () => {
    const tree = evaluateApprovals(
      [anyOne],
      facts()
        .user('alice')
        .review('alice', 'APPROVED', { at: '2026-11-21T12:00:00Z' })
        .review('alice', 'CHANGES_REQUESTED', { at: '2026-11-21T11:00:00Z' })
        .build(),
    );
    expect(tree.satisfied).toBe(true);
  });

  it('counts a team member toward a team requirement, and not an outsider', () => {
    const tree = evaluateApprovals(
      [dba()],
      facts()
        .user('carol')
        .user('alice')
        .team('@acme/dba', { members: ['Carol'] })
        .approve('alice')
        .build(),
    );
    expect(tree.satisfied).toBe(false);
    expect(reviewers(tree)).toEqual(['alice: APPROVED not-in-team']);
    const met = evaluateApprovals(
      [dba()],
      facts()
        .user('carol')
        .team('@ACME/dba', { members: ['Carol'] })
        .approve('carol')
        .build(),
    );
    expect(met.satisfied).toBe(true);
    expect(met.summary).toBe('approved by @carol');
  });

  it('reports an unreadable team as unverifiable, never as met', () => {
    const tree = evaluateApprovals(
      [dba()],
      facts()
        .user('carol')
        .team('@acme/dba', { unverifiable: 'the token cannot read team membership (403)' })
        .approve('carol')
        .build(),
    );
    expect(tree.satisfied).toBe(false);
    expect(tree.requirements[0]).toMatchObject({
      approvedBy: [],
      missing: 1,
      unverifiable: [{ team: '@acme/dba', reason: 'the token cannot read team membership (403)' }],
    });
    expect(reviewers(tree)).toEqual(['carol: APPROVED team-unverifiable']);
    // A team the reader never looked up is just as unverifiable.
    const unread = evaluateApprovals([dba()], facts().user('carol').approve('carol').build());
    expect(unread.requirements[0]!.unverifiable).toEqual([
      { team: '@acme/dba', reason: 'team membership was not read' },
    ]);
    expect(unread.satisfied).toBe(false);
  });

  it('meets a requirement naming an unreadable team through a named user, still reporting the team', () => {
    const requirement: Requirement = { reason: 'destructive change', approvals: 1, from: ['@acme/dba', '@Alice'] };
    const tree = evaluateApprovals(
      [requirement],
      facts().user('alice').team('@acme/dba', { unverifiable: '404' }).approve('alice').build(),
    );
    expect(tree.satisfied).toBe(true);
    expect(tree.requirements[0]).toMatchObject({ approvedBy: ['alice'], unverifiable: [{ team: '@acme/dba' }] });
  });

  it('needs two distinct eligible approvers for a count of 2', () => {
    const oneEligible = facts()
      .user('carol')
      .user('dave', 'read')
      .team('@acme/dba', { members: ['carol', 'dave'] })
      .approve('carol')
      .approve('carol')
      .approve('dave');
    const tree = evaluateApprovals([dba(2)], oneEligible.build());
    expect(tree.requirements[0]).toMatchObject({ approvedBy: ['carol'], missing: 1, satisfied: false });
    expect(tree.summary).toBe('needs approval from @acme/dba (1 more)');

    const two = oneEligible.user('dave', 'write').build();
    expect(evaluateApprovals([dba(2)], two).satisfied).toBe(true);
  });

  it('counts one approver toward every requirement they qualify for', () => {
    const requirements: Requirement[] = [anyOne, dba(), { reason: 'production change', approvals: 1, from: ['@sre'] }];
    const tree = evaluateApprovals(
      requirements,
      facts()
        .user('carol')
        .team('@acme/dba', { members: ['carol'] })
        .approve('carol')
        .build(),
    );
    expect(tree.requirements.map((r) => r.approvedBy)).toEqual([['carol'], ['carol'], []]);
    expect(tree.satisfied).toBe(false);
    expect(tree.summary).toBe('needs approval from @sre (1 more)');
  });

  it('names everything that holds the pull request in one summary', () => {
    const tree = evaluateApprovals(
      [dba(2)],
      facts()
        .user('bob')
        .user('carol')
        .team('@acme/dba', { members: ['carol'] })
        .approve('carol')
        .review('bob', 'CHANGES_REQUESTED')
        .build(),
    );
    expect(tree.summary).toBe('changes requested by @bob; needs approval from @acme/dba (1 more)');
  });
});
