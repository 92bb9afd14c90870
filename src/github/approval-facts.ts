import type { ApprovalFacts, Permission, ReviewFact, ReviewState, TeamFact } from '../core/approval-types.js';
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
  /** Who pushed the head, when the triggering event says so for this very head. */
  lastPusher?: string;
}

/** Reads permissions and team membership, the only facts that need more calls than the pull request's own. */
export async function readApprovalFacts(
  api: GitHub,
  teamApi: GitHub,
  repo: RepoRef,
  input: FactsInput,
): Promise<ApprovalFacts> {
  const { pr, commits, reviews, requirements } = input;
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
  const logins = new Set<string>();
  const emails = new Set<string>();
  for (const c of commits) {
    if (c.authorLogin) logins.add(c.authorLogin);
    if (c.committerLogin) logins.add(c.committerLogin);
    if (c.authorEmail) emails.add(c.authorEmail.toLowerCase());
    if (c.committerEmail) emails.add(c.committerEmail.toLowerCase());
    for (const trailer of parseTrailers(c.message)) {
      if (trailer.key.toLowerCase() !== 'co-authored-by') continue;
      const email = trailerEmail(trailer.value);
      if (email) emails.add(email.toLowerCase());
    }
  }
  const facts: ApprovalFacts = {
    headSha: pr.headSha,
    author: pr.author,
    commitAuthorLogins: [...logins],
    commitAuthorEmails: [...emails],
    reviews: [...reviews],
    permissions,
    teams,
  };
  if (input.lastPusher !== undefined) facts.lastPusher = input.lastPusher;
  return facts;
}
