import type { PusherFact } from '../core/approval-types.js';
import { describeApiError, statusOf, type GitHub } from './client.js';
import type { PullRequestInfo } from './pull-request.js';
import type { RepoRef } from './repo.js';

/**
 * Who pushed the pull request's head commit, on every run (not only the `synchronize` one): the
 * head repository's activity (actor and after-SHA of each push), else a force push in the pull
 * request's timeline, else the triggering event when it was that very push. When none says, the
 * base branch's rules tell whether GitHub itself keeps the last pusher from approving.
 */
export async function readLastPusher(
  api: GitHub,
  repo: RepoRef,
  pr: PullRequestInfo,
  eventPusher: { login: string; headSha: string } | undefined,
): Promise<PusherFact> {
  const problems: string[] = [];
  const fromActivity = await pusherFromActivity(api, pr).catch((error: unknown) => {
    problems.push(describeApiError('reading the head branch activity', error));
    return undefined;
  });
  if (fromActivity) return { known: true, login: fromActivity, source: 'activity' };
  const fromTimeline = await pusherFromTimeline(api, repo, pr).catch((error: unknown) => {
    problems.push(describeApiError('reading the pull request timeline', error));
    return undefined;
  });
  if (fromTimeline) return { known: true, login: fromTimeline, source: 'timeline' };
  if (eventPusher && eventPusher.headSha === pr.headSha)
    return { known: true, login: eventPusher.login, source: 'event' };
  const reason =
    problems[0] ?? `neither the head branch activity nor the timeline records the push of ${pr.headSha.slice(0, 12)}`;
  return {
    known: false,
    reason,
    rulesetRequiresLastPushApproval: await rulesetRequiresLastPushApproval(api, repo, pr.baseRef),
  };
}

async function pusherFromActivity(api: GitHub, pr: PullRequestInfo): Promise<string | undefined> {
  const [owner, name] = (pr.headRepository ?? '').split('/');
  if (!owner || !name) return undefined;
  const { data } = await api.rest.repos.listActivities({
    owner,
    repo: name,
    ref: `refs/heads/${pr.headRef}`,
    direction: 'desc',
    per_page: 100,
  });
  const push = data.find(
    (a) => a.after === pr.headSha && ['push', 'force_push', 'branch_creation'].includes(a.activity_type),
  );
  return push?.actor?.login;
}

async function pusherFromTimeline(api: GitHub, repo: RepoRef, pr: PullRequestInfo): Promise<string | undefined> {
  const events = await api.paginate(api.rest.issues.listEventsForTimeline, {
    ...repo,
    issue_number: pr.number,
    per_page: 100,
  });
  let login: string | undefined;
  for (const event of events as { event?: string; commit_id?: string | null; actor?: { login: string } | null }[]) {
    if (event.event === 'head_ref_force_pushed' && event.commit_id === pr.headSha && event.actor)
      login = event.actor.login;
  }
  return login;
}

/** Whether a rule on the base branch requires the most recent push to be approved by someone else. */
async function rulesetRequiresLastPushApproval(api: GitHub, repo: RepoRef, branch: string): Promise<boolean> {
  try {
    const rules = await api.paginate(api.rest.repos.getBranchRules, { ...repo, branch, per_page: 100 });
    return rules.some(
      (rule) =>
        rule.type === 'pull_request' &&
        (rule as { parameters?: { require_last_push_approval?: boolean } }).parameters?.require_last_push_approval ===
          true,
    );
  } catch (error) {
    if (statusOf(error) !== undefined) return false;
    throw error;
  }
}

/** What the comment says when the pusher is unknown; nothing when GitHub enforces it anyway. */
export function pusherNote(fact: PusherFact): string | undefined {
  if (fact.known) return undefined;
  if (fact.rulesetRequiresLastPushApproval)
    return `two-key could not tell who pushed the head commit (${fact.reason}); the base branch's ruleset requires approval of the most recent push by someone else, so GitHub enforces it.`;
  return `two-key could not tell who pushed the head commit (${fact.reason}), and no readable ruleset requires approval of the most recent push: the pusher's own approval may have counted. Turn on "Require approval of the most recent reviewable push".`;
}
