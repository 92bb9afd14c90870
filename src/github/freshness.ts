import type { ReviewFact } from '../core/approval-types.js';
import { readReviews } from './approval-facts.js';
import type { GitHub } from './client.js';
import { getPullRequest } from './pull-request.js';
import type { RepoRef } from './repo.js';

/** What a verdict was weighed on: the head and the reviews (a dismissal changes a review's state). */
export interface Weighed {
  number: number;
  headSha: string;
  reviews: readonly ReviewFact[];
}

/** Only reviews that can change a reviewer's standing: a comment-only review moves nothing. */
const fingerprint = (reviews: readonly ReviewFact[]): string =>
  reviews
    .filter((r) => r.state !== 'COMMENTED' && r.state !== 'PENDING')
    .map((r) => `${r.id}:${r.state}:${r.commitId}`)
    .sort()
    .join(',');

/**
 * Re-reads each pull request's head and reviews just before the verdict is written. Undefined when
 * nothing moved; otherwise what changed, and the caller writes nothing: a verdict weighed on
 * reviews that are no longer there must never land after one weighed on the newer ones.
 */
export async function whatChanged(
  api: GitHub,
  repo: RepoRef,
  weighed: readonly Weighed[],
): Promise<string | undefined> {
  for (const w of weighed) {
    const live = await getPullRequest(api, repo, w.number);
    if (live.headSha !== w.headSha) return `#${w.number} moved to ${live.headSha.slice(0, 12)} during the check`;
    const reviews = await readReviews(api, repo, w.number);
    if (fingerprint(reviews) !== fingerprint(w.reviews)) return `the reviews of #${w.number} changed during the check`;
  }
  return undefined;
}
