import type { Annotation } from '../report/annotations.js';
import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';
import { writeCheckRun, writeStatus } from './writes.js';

export interface Verdict {
  state: 'success' | 'failure';
  description: string;
  check: { title: string; summary: string; text?: string; annotations: Annotation[][] };
}

/**
 * The one place a verdict is written, for pull requests and merge groups alike: the commit
 * status, and with an App token the App's check run (which a ruleset can pin, and which the merge
 * queue then waits for on the group's head too).
 */
export async function writeVerdictOn(
  api: GitHub,
  appApi: GitHub | undefined,
  repo: RepoRef,
  sha: string,
  verdict: Verdict,
  options: { context: string; targetUrl?: string },
): Promise<void> {
  await writeStatus(api, repo, sha, {
    context: options.context,
    state: verdict.state,
    description: verdict.description,
    ...(options.targetUrl === undefined ? {} : { targetUrl: options.targetUrl }),
  });
  if (appApi) {
    await writeCheckRun(appApi, repo, sha, { name: options.context, conclusion: verdict.state, ...verdict.check });
  }
}
