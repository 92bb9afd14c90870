import type { ApprovalTree } from '../core/approval-types.js';
import type { Annotation } from '../report/annotations.js';
import { COMMENT_MARKER } from '../report/comment.js';
import { statusOf, type GitHub } from './client.js';
import type { PullRequestInfo } from './pull-request.js';
import type { RepoRef } from './repo.js';

export async function writeStatus(
  api: GitHub,
  repo: RepoRef,
  sha: string,
  status: { context: string; state: 'success' | 'failure'; description: string; targetUrl?: string },
): Promise<void> {
  await api.rest.repos.createCommitStatus({
    ...repo,
    sha,
    context: status.context,
    state: status.state,
    description: status.description,
    ...(status.targetUrl === undefined ? {} : { target_url: status.targetUrl }),
  });
}

/** The verdict as a check run owned by the App whose token writes it; annotations go 50 per request. */
export async function writeCheckRun(
  appApi: GitHub,
  repo: RepoRef,
  sha: string,
  run: {
    name: string;
    conclusion: 'success' | 'failure';
    title: string;
    summary: string;
    text?: string;
    annotations: Annotation[][];
  },
): Promise<void> {
  const toApi = (a: Annotation) => ({
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    ...(a.startColumn !== undefined && a.startLine === a.endLine ? { start_column: a.startColumn } : {}),
    ...(a.endColumn !== undefined && a.startLine === a.endLine ? { end_column: a.endColumn } : {}),
    annotation_level: a.level,
    title: a.title,
    message: a.message,
  });
  const output = (batch: Annotation[] | undefined) => ({
    title: run.title,
    summary: run.summary,
    ...(run.text === undefined ? {} : { text: run.text }),
    ...(batch === undefined ? {} : { annotations: batch.map(toApi) }),
  });
  const [first, ...rest] = run.annotations;
  const { data } = await appApi.rest.checks.create({
    ...repo,
    name: run.name,
    head_sha: sha,
    status: 'completed',
    conclusion: run.conclusion,
    output: output(first),
  });
  for (const batch of rest)
    await appApi.rest.checks.update({ ...repo, check_run_id: Number(data.id), output: output(batch) });
}

/** The login the workflow token comments as: GITHUB_TOKEN and App installation tokens are bots, a PAT is its user. */
export async function commenterIdentity(api: GitHub, token: string): Promise<string> {
  if (!/^(ghp_|github_pat_|gho_|ghu_)/.test(token)) return 'github-actions[bot]';
  const { data } = await api.rest.users.getAuthenticated();
  return data.login;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'none';

export interface StickyComments {
  /** Two-key's own comment: the marker, written by the action's identity. */
  mine: { id: number; body: string } | undefined;
  /** Logins of others whose comments carry the marker: anyone can paste it, so the report names them. */
  impostors: string[];
}

/** Finds two-key's comment by the hidden marker AND by being written by the action's own identity. */
export async function findStickyComments(
  api: GitHub,
  repo: RepoRef,
  number: number,
  identity: string,
): Promise<StickyComments> {
  const comments = await api.paginate(api.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
  const marked = comments.filter((c) => (c.body ?? '').includes(COMMENT_MARKER));
  const own = (login: string | undefined) => login?.toLowerCase() === identity.toLowerCase();
  const mine = marked.find((c) => own(c.user?.login) && (c.body ?? '').startsWith(COMMENT_MARKER));
  const impostors = [...new Set(marked.filter((c) => !own(c.user?.login)).map((c) => c.user?.login ?? 'ghost'))];
  return { mine: mine ? { id: Number(mine.id), body: mine.body ?? '' } : undefined, impostors };
}

/**
 * Keeps one comment, written only when its content changes; with nothing to say (`body`
 * undefined) a comment is never created, and an existing one is left as the caller rewrote it.
 */
export async function upsertComment(
  api: GitHub,
  repo: RepoRef,
  number: number,
  mine: StickyComments['mine'],
  body: string | undefined,
  resolved: string | undefined,
): Promise<CommentOutcome> {
  const wanted = body ?? (mine ? resolved : undefined);
  if (wanted === undefined) return 'none';
  if (mine) {
    if (mine.body === wanted) return 'unchanged';
    await api.rest.issues.updateComment({ ...repo, comment_id: mine.id, body: wanted });
    return 'updated';
  }
  await api.rest.issues.createComment({ ...repo, issue_number: number, body: wanted });
  return 'created';
}

/**
 * Requests reviews from the named users and teams whose approval is still missing. Idempotent:
 * nobody already requested, nobody who already reviewed this head, never the author.
 */
export async function requestMissingReviewers(
  api: GitHub,
  repo: RepoRef,
  pr: PullRequestInfo,
  tree: ApprovalTree,
  log: (message: string) => void,
): Promise<{ reviewers: string[]; teams: string[] }> {
  const lower = (s: string) => s.toLowerCase();
  const already = new Set([...pr.requestedReviewers, pr.author].map(lower));
  const reviewed = new Set(tree.reviewers.filter((r) => r.commitId === pr.headSha).map((r) => lower(r.login)));
  const requestedTeams = new Set(pr.requestedTeams.map(lower));
  const reviewers = new Set<string>();
  const teams = new Set<string>();
  for (const status of tree.requirements) {
    if (status.satisfied) continue;
    for (const who of status.requirement.from) {
      const name = who.replace(/^@/, '');
      const [org, slug] = name.split('/');
      if (slug !== undefined) {
        if (lower(org!) === lower(repo.owner) && !requestedTeams.has(lower(slug))) teams.add(slug);
      } else if (!already.has(lower(name)) && !reviewed.has(lower(name))) {
        reviewers.add(name);
      }
    }
  }
  if (reviewers.size === 0 && teams.size === 0) return { reviewers: [], teams: [] };
  try {
    await api.rest.pulls.requestReviewers({
      ...repo,
      pull_number: pr.number,
      reviewers: [...reviewers],
      team_reviewers: [...teams],
    });
  } catch (error) {
    // A reviewer who cannot be requested (not a collaborator) must not stop the verdict being written.
    log(`could not request reviewers (HTTP ${statusOf(error) ?? '?'}): ${(error as Error).message.split('\n')[0]}`);
    return { reviewers: [], teams: [] };
  }
  return { reviewers: [...reviewers], teams: [...teams] };
}
