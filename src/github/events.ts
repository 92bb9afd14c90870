import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/** The events the action handles; a test holds the README's workflows to this list. */
export const HANDLED_EVENTS = [
  'pull_request_target',
  'pull_request',
  'pull_request_review',
  'workflow_run',
  'merge_group',
  'workflow_dispatch',
] as const;

export type HandledEvent = (typeof HANDLED_EVENTS)[number];

/** What one run checks. */
export type Target =
  | {
      kind: 'pull-request';
      number: number;
      /** False for events whose token cannot write (a pull request from a fork): report only. */
      writable: boolean;
      /** The head the event was about, when it must still be the head (workflow_run). */
      expectedHeadSha?: string;
      /** Who pushed, when the event says so; trusted only if its head is still the head. */
      pusher?: { login: string; headSha: string };
      /** Only the title was edited: nothing two-key reads changed, if a verdict is already on the head. */
      titleOnly?: boolean;
    }
  | { kind: 'merge-group'; headSha: string; numbers: number[] }
  | { kind: 'nothing'; reason: string };

type Payload = Record<string, unknown>;

const get = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;

/**
 * Which pull request(s) the event is about. Only identities come from the payload (a re-run
 * replays an old one); every fact about them is read from the API afterwards.
 */
export async function resolveTarget(
  api: GitHub,
  repo: RepoRef,
  eventName: string,
  payload: Payload,
  dispatchedNumber: string | undefined,
): Promise<Target> {
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  switch (eventName) {
    case 'pull_request_target': {
      const number = num(get(payload, 'pull_request', 'number'));
      if (number === undefined) return { kind: 'nothing', reason: 'the event has no pull request' };
      const target: Target = { kind: 'pull-request', number, writable: true };
      if (get(payload, 'action') === 'edited' && onlyTitleChanged(get(payload, 'changes'))) target.titleOnly = true;
      const after = str(get(payload, 'after'));
      const sender = str(get(payload, 'sender', 'login'));
      if (get(payload, 'action') === 'synchronize' && after && sender)
        target.pusher = { login: sender, headSha: after };
      return target;
    }
    case 'pull_request':
    case 'pull_request_review': {
      const number = num(get(payload, 'pull_request', 'number'));
      if (number === undefined) return { kind: 'nothing', reason: 'the event has no pull request' };
      const headRepo = str(get(payload, 'pull_request', 'head', 'repo', 'full_name'));
      // A fork's pull_request run gets a read-only token: report in the job, write nothing.
      const writable = headRepo !== undefined && headRepo.toLowerCase() === fullName;
      return { kind: 'pull-request', number, writable };
    }
    case 'workflow_run':
      return fromWorkflowRun(api, repo, payload);
    case 'merge_group':
      return fromMergeGroup(api, repo, payload);
    case 'workflow_dispatch': {
      const number =
        num(dispatchedNumber) ??
        num(get(payload, 'inputs', 'pull-request')) ??
        num(get(payload, 'inputs', 'pull_request'));
      if (number === undefined)
        return { kind: 'nothing', reason: 'workflow_dispatch needs the pull-request input (a number)' };
      return { kind: 'pull-request', number, writable: true };
    }
    default:
      return { kind: 'nothing', reason: `two-key does not handle the ${eventName} event` };
  }
}

/**
 * An edit of the title alone: the files, the body (agent signals), the base and the reviews are as
 * the last run weighed them, so re-reading them all would only spend the API budget. Any other
 * edit, or one the payload does not describe, is checked again. (A replayed payload is harmless:
 * the run only skips while a verdict is on the live head.)
 */
function onlyTitleChanged(changes: unknown): boolean {
  if (!changes || typeof changes !== 'object') return false;
  const keys = Object.keys(changes);
  return keys.length === 1 && keys[0] === 'title';
}

/**
 * The review bridge: a permission-less workflow on pull_request_review whose completion fires
 * this one. Its pull request is found by the run's head branch and SHA, and only while that SHA
 * is still the head.
 */
async function fromWorkflowRun(api: GitHub, repo: RepoRef, payload: Payload): Promise<Target> {
  const headSha = str(get(payload, 'workflow_run', 'head_sha'));
  if (!headSha) return { kind: 'nothing', reason: 'the workflow run has no head SHA' };
  const candidates = new Set<number>();
  for (const pr of (get(payload, 'workflow_run', 'pull_requests') as unknown[] | undefined) ?? []) {
    const number = num(get(pr, 'number'));
    if (number !== undefined) candidates.add(number);
  }
  const branch = str(get(payload, 'workflow_run', 'head_branch'));
  const owner = str(get(payload, 'workflow_run', 'head_repository', 'owner', 'login'));
  if (branch && owner) {
    const open = await api.rest.pulls.list({ ...repo, state: 'open', head: `${owner}:${branch}`, per_page: 100 });
    for (const pr of open.data) if (pr.head.sha === headSha) candidates.add(pr.number);
  }
  const [number] = [...candidates];
  if (number === undefined)
    return { kind: 'nothing', reason: `no open pull request has ${headSha.slice(0, 12)} as its head` };
  return { kind: 'pull-request', number, writable: true, expectedHeadSha: headSha };
}

/**
 * A merge queue group: its temporary branch `gh-readonly-queue/<base>/pr-<n>-<sha>` names the
 * last pull request; the commits since the group's base name the others (`(#n)`, `Merge pull request #n`).
 */
async function fromMergeGroup(api: GitHub, repo: RepoRef, payload: Payload): Promise<Target> {
  const headSha = str(get(payload, 'merge_group', 'head_sha'));
  const baseSha = str(get(payload, 'merge_group', 'base_sha'));
  const headRef = str(get(payload, 'merge_group', 'head_ref')) ?? '';
  if (!headSha) return { kind: 'nothing', reason: 'the merge group has no head SHA' };
  const numbers = new Set<number>();
  const last = /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef);
  if (last) numbers.add(Number(last[1]));
  if (baseSha) {
    const { data } = await api.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${baseSha}...${headSha}`,
      per_page: 100,
    });
    for (const commit of data.commits) {
      const subject = commit.commit.message.split('\n', 1)[0] ?? '';
      for (const m of subject.matchAll(/(?:\(#(\d+)\)$|^Merge pull request #(\d+)\b)/g))
        numbers.add(Number(m[1] ?? m[2]));
    }
  }
  // An empty list fails the group closed: a queue entry two-key cannot trace is not approved.
  return { kind: 'merge-group', headSha, numbers: [...numbers].sort((a, b) => a - b) };
}
