import { KNOWN_AGENTS } from '../authorship/known-agents.js';
import type {
  ApprovalFacts,
  CoAuthorFact,
  Permission,
  PusherFact,
  ReviewFact,
  ReviewState,
  TeamFact,
} from '../core/approval-types.js';
import { noreplyLogin } from '../engine/approvals-eligibility.js';
import type { Requirement } from '../core/types.js';
import { parseTrailers, trailerEmail } from '../authorship/trailers.js';
import { describeApiError, statusOf, type GitHub } from './client.js';
import { mapLimit } from './limit.js';
import type { PullRequestCommit, PullRequestInfo } from './pull-request.js';
import type { RepoRef } from './repo.js';

const PERMISSIONS: readonly Permission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];

export async function readReviews(api: GitHub, repo: RepoRef, number: number): Promise<ReviewFact[]> {
  const reviews = await api.paginate(api.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 });
  return reviews
    .filter((r) => r.user)
    .map((r) => ({
      id: Number(r.id),
      login: r.user!.login,
      accountType: r.user!.type,
      state: r.state as ReviewState,
      commitId: r.commit_id ?? '',
      submittedAt: r.submitted_at ?? '',
    }));
}

/**
 * A reviewer's access. `role_name` carries maintain and triage, which `permission` folds into
 * write and read. An error leaves the reviewer out, which the evaluation reads as "unknown".
 */
async function readPermission(api: GitHub, repo: RepoRef, login: string): Promise<Permission | undefined> {
  try {
    const { data } = await api.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    const role = data.role_name as Permission;
    if (PERMISSIONS.includes(role)) return role;
    return PERMISSIONS.includes(data.permission as Permission) ? (data.permission as Permission) : 'none';
  } catch (error) {
    if (statusOf(error) === 404) return 'none';
    return undefined;
  }
}

/** `@org/team` -> its members, or why they cannot be read (a 403 or 404 never means "not a member"). */
async function readTeam(api: GitHub, team: string): Promise<TeamFact> {
  const [org, slug] = team.replace(/^@/, '').split('/') as [string, string];
  try {
    const members = await api.paginate(api.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
    return { members: members.map((m) => m.login) };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      return {
        unverifiable: `the token cannot read the members of ${team} (HTTP ${status}); use an App token with Members: read`,
      };
    }
    return { unverifiable: describeApiError(`reading the members of ${team}`, error) };
  }
}

export interface FactsInput {
  pr: PullRequestInfo;
  commits: readonly PullRequestCommit[];
  reviews: readonly ReviewFact[];
  requirements: readonly Requirement[];
  /** The policy's `agents.logins`. */
  policyAgentLogins: readonly string[];
  lastPusher: PusherFact;
}

/** Emails resolved to accounts per run; past this many the rest are matched by reviewers' emails only. */
const MAX_RESOLVED_EMAILS = 20;

/**
 * Reads permissions, team membership, and who the commits' emails and co-author trailers are:
 * each trailer email is resolved to the account GitHub links to it, and each approver's known
 * emails (public profile, their commits in this repository) are read, so a
 * `Co-authored-by: Alice <alice@corp.example>` trailer stops @alice from approving.
 */
export async function readApprovalFacts(
  api: GitHub,
  teamApi: GitHub,
  repo: RepoRef,
  input: FactsInput,
): Promise<{ facts: ApprovalFacts; notes: string[] }> {
  const { pr, commits, reviews, requirements } = input;
  const notes: string[] = [];
  const reviewers = [...new Set(reviews.filter((r) => r.state !== 'PENDING').map((r) => r.login.toLowerCase()))];
  const permissions: Record<string, Permission> = {};
  await mapLimit(reviewers, 4, async (login) => {
    const permission = await readPermission(api, repo, login);
    if (permission !== undefined) permissions[login] = permission;
  });
  const teamNames = [
    ...new Set(
      requirements
        .flatMap((r) => r.from)
        .filter((f) => f.includes('/'))
        .map((f) => f.toLowerCase()),
    ),
  ];
  const teams: Record<string, TeamFact> = {};
  await mapLimit(teamNames, 4, async (team) => {
    teams[team] = await readTeam(teamApi, team);
  });

  const commitAuthors = new Set<string>();
  const committers = new Set<string>();
  const commitEmails = new Set<string>();
  const trailerEmails = new Set<string>();
  for (const c of commits) {
    if (c.authorLogin) commitAuthors.add(c.authorLogin);
    if (c.committerLogin) committers.add(c.committerLogin);
    // An email GitHub matched to nobody may still be a reviewer's: keep it to compare with theirs.
    if (c.authorEmail && !c.authorLogin) commitEmails.add(c.authorEmail.toLowerCase());
    if (c.committerEmail && !c.committerLogin && !isGitHubWebFlow(c.committerEmail))
      commitEmails.add(c.committerEmail.toLowerCase());
    for (const trailer of parseTrailers(c.message)) {
      if (trailer.key.toLowerCase() !== 'co-authored-by') continue;
      const email = trailerEmail(trailer.value);
      if (email) trailerEmails.add(email.toLowerCase());
    }
  }
  const toResolve = [...trailerEmails].filter((e) => noreplyLogin(e) === undefined);
  if (toResolve.length > MAX_RESOLVED_EMAILS) {
    notes.push(
      `${toResolve.length} co-author emails: only the first ${MAX_RESOLVED_EMAILS} were matched to GitHub accounts; the rest are matched against reviewers' emails`,
    );
  }
  const resolved = new Map<string, string | undefined>();
  await mapLimit(toResolve.slice(0, MAX_RESOLVED_EMAILS), 4, async (email) => {
    resolved.set(email, await accountOfEmail(api, repo, email));
  });
  const coAuthors: CoAuthorFact[] = [...trailerEmails].map((email) => ({
    email,
    login: noreplyLogin(email) ?? resolved.get(email),
  }));

  // Only an approval with write access can open the gate, so only those approvers' emails are
  // worth the calls (anyone can review a public repository's pull request).
  const approvers = [
    ...new Set(reviews.filter((r) => r.state === 'APPROVED').map((r) => r.login.toLowerCase())),
  ].filter((login) => ['write', 'maintain', 'admin'].includes(permissions[login] ?? 'none'));
  const reviewerEmails: Record<string, string[]> = {};
  if ([...commitEmails, ...trailerEmails].some((e) => noreplyLogin(e) === undefined)) {
    await mapLimit(approvers, 4, async (login) => {
      reviewerEmails[login] = await emailsOf(api, repo, login);
    });
  }

  const facts: ApprovalFacts = {
    headSha: pr.headSha,
    author: pr.author,
    commitAuthors: [...commitAuthors],
    committers: [...committers],
    commitEmails: [...commitEmails],
    coAuthors,
    reviewerEmails,
    policyAgentLogins: [...input.policyAgentLogins],
    knownAgentLogins: KNOWN_AGENTS.flatMap((a) => a.logins),
    lastPusher: input.lastPusher,
    reviews: [...reviews],
    permissions,
    teams,
  };
  return { facts, notes };
}

/** GitHub commits web edits and merges as `noreply@github.com`: that is nobody's email. */
function isGitHubWebFlow(email: string): boolean {
  return email.toLowerCase() === 'noreply@github.com';
}

/**
 * The account GitHub links to an email: the author of a commit in this repository written with
 * it. Unknown (undefined) when no such commit exists or the search fails; the reviewers' own
 * emails are compared as well, so an unresolved email still excludes whoever uses it.
 */
async function accountOfEmail(api: GitHub, repo: RepoRef, email: string): Promise<string | undefined> {
  try {
    const { data } = await api.rest.repos.listCommits({ ...repo, author: email, per_page: 1 });
    return data[0]?.author?.login;
  } catch {
    return undefined;
  }
}

/** The emails a reviewer is known by: their public profile email and the emails of their commits here. */
async function emailsOf(api: GitHub, repo: RepoRef, login: string): Promise<string[]> {
  const emails = new Set<string>();
  try {
    const { data } = await api.rest.users.getByUsername({ username: login });
    if (data.email) emails.add(data.email.toLowerCase());
  } catch {
    // A profile that cannot be read adds nothing; the commits below may.
  }
  try {
    const { data } = await api.rest.repos.listCommits({ ...repo, author: login, per_page: 100 });
    for (const c of data) {
      if (c.author?.login?.toLowerCase() === login && c.commit.author?.email)
        emails.add(c.commit.author.email.toLowerCase());
      if (c.committer?.login?.toLowerCase() === login && c.commit.committer?.email)
        emails.add(c.commit.committer.email.toLowerCase());
    }
  } catch {
    // As above.
  }
  return [...emails];
}
