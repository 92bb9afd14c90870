import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/**
 * The live head of a pull request when a status of two-key's context is already on it, so an event
 * that changed nothing two-key reads can leave that verdict standing; undefined when there is none
 * (a run this event's run cancelled never wrote one), and then the pull request is checked in full.
 */
export async function standingVerdictHead(
  api: GitHub,
  repo: RepoRef,
  number: number,
  context: string,
): Promise<string | undefined> {
  const { data: pr } = await api.rest.pulls.get({ ...repo, pull_number: number });
  const { data } = await api.rest.repos.getCombinedStatusForRef({ ...repo, ref: pr.head.sha, per_page: 100 });
  return data.statuses.some((s) => s.context === context) ? pr.head.sha : undefined;
}
