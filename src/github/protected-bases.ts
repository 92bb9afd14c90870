import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/** The bases whose pull requests may write `success`: the input's list, else the default branch. */
export async function protectedBases(api: GitHub, repo: RepoRef, input: readonly string[]): Promise<string[]> {
  if (input.length > 0) return [...input];
  const { data } = await api.rest.repos.get({ ...repo });
  return [data.default_branch];
}

/**
 * Every open pull request into a protected base whose head is `headSha`, from any branch or fork:
 * a verdict on a commit is a verdict for all of them, so each must pass before `success` is written.
 */
export async function openPullsWithHead(
  api: GitHub,
  repo: RepoRef,
  bases: readonly string[],
  headSha: string,
): Promise<number[]> {
  const numbers = new Set<number>();
  for (const base of bases) {
    const pulls = await api.paginate(api.rest.pulls.list, { ...repo, state: 'open', base, per_page: 100 });
    for (const pull of pulls) if (pull.head.sha === headSha) numbers.add(pull.number);
  }
  return [...numbers].sort((a, b) => a - b);
}
