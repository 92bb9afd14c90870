import type { Commit } from '../core/types.js';
import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/** What two-key needs of a pull request, read live from the API (never from the event payload). */
export interface PullRequestInfo {
  number: number;
  state: string;
  headSha: string;
  headRef: string;
  /** `owner/name` of the repository the head branch lives in: a fork when it is not this one. */
  headRepository: string | undefined;
  baseSha: string;
  baseRef: string;
  author: string;
  body: string;
  htmlUrl: string;
  changedFiles: number;
  commitCount: number;
  requestedReviewers: string[];
  requestedTeams: string[];
}

export async function getPullRequest(api: GitHub, repo: RepoRef, number: number): Promise<PullRequestInfo> {
  const { data } = await api.rest.pulls.get({ ...repo, pull_number: number });
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepository: data.head.repo?.full_name,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    author: data.user.login,
    body: data.body ?? '',
    htmlUrl: data.html_url,
    changedFiles: data.changed_files,
    commitCount: data.commits,
    requestedReviewers: (data.requested_reviewers ?? []).map((u) => u.login),
    requestedTeams: (data.requested_teams ?? []).map((t) => t.slug),
  };
}

/** The commit GitHub diffs the pull request against: the merge base of base and head. */
export async function mergeBaseOf(api: GitHub, repo: RepoRef, base: string, head: string): Promise<string> {
  const { data } = await api.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1,
  });
  return data.merge_base_commit.sha;
}

/** A commit with the GitHub accounts GitHub matched to its author and committer. */
export interface PullRequestCommit extends Commit {
  authorLogin?: string;
  committerLogin?: string;
}

/** The endpoint lists at most 250 commits. */
export const MAX_LISTED_COMMITS = 250;

export async function readCommits(api: GitHub, repo: RepoRef, number: number): Promise<PullRequestCommit[]> {
  const list = await api.paginate(api.rest.pulls.listCommits, { ...repo, pull_number: number, per_page: 100 });
  return list.map((c) => {
    const commit: PullRequestCommit = {
      sha: c.sha,
      authorName: c.commit.author?.name ?? '',
      authorEmail: c.commit.author?.email ?? '',
      message: c.commit.message,
    };
    if (c.commit.committer?.name) commit.committerName = c.commit.committer.name;
    if (c.commit.committer?.email) commit.committerEmail = c.commit.committer.email;
    if (c.author?.login) commit.authorLogin = c.author.login;
    if (c.committer?.login) commit.committerLogin = c.committer.login;
    return commit;
  });
}
