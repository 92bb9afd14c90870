import type { ApprovalTree, PusherFact, ReviewFact } from '../core/approval-types.js';
import { evaluateApprovals } from '../engine/approvals.js';
import { check } from '../engine/engine.js';
import type { ChangedFile, ChangeSet, Decision } from '../core/types.js';
import type { Policy } from '../core/policy-schema.js';
import { readApprovalFacts, readReviews } from './approval-facts.js';
import { describeApiError, type GitHub } from './client.js';
import { BlobReader, MAX_SINGLE_READS } from './blobs.js';
import { buildChangedFiles, listFiles, planChangedFiles, plannedReads, TooManyFiles } from './files.js';
import { readPolicyAtBase } from './policy.js';
import { pusherNote, readLastPusher } from './pusher.js';
import { getPullRequest, MAX_LISTED_COMMITS, mergeBaseOf, readCommits, type PullRequestInfo } from './pull-request.js';
import type { RepoRef } from './repo.js';
import { listTree } from './tree.js';
import { dirsTheReadersUse, listDirs } from './tree-dirs.js';
import { blobRefOf, neighboursFrom, planUntouched, referencedEntries, terragruntNeighbours } from './untouched.js';

/** Two-key could not do its work; the message is the one-line reason the status and summary show. */
export class GateError extends Error {
  constructor(
    message: string,
    /** The head the failure is about, when known, so the failure status can still be written. */
    readonly headSha?: string,
  ) {
    super(message);
  }
}

export interface Evaluation {
  pr: PullRequestInfo;
  policy: Policy;
  changeSet: ChangeSet;
  decision: Decision;
  tree: ApprovalTree;
  notes: string[];
  /** The reviews the tree was weighed on, to tell before writing whether they changed. */
  reviews: ReviewFact[];
}

export interface EvaluateOptions {
  policyPath: string;
  /** Who pushed, from the triggering event; counted only if that push is still the head. */
  pusher?: { login: string; headSha: string };
  /** Files checked with the pull request's own: a Terraform plan the job made. */
  extraFiles?: ChangedFile[];
}

/** Reads the pull request live, checks it under the base policy and weighs its reviews. */
export async function evaluatePullRequest(
  api: GitHub,
  teamApi: GitHub,
  repo: RepoRef,
  number: number,
  options: EvaluateOptions,
): Promise<Evaluation> {
  const pr = await step(`reading pull request #${number}`, () => getPullRequest(api, repo, number));
  const fail = (what: string) => (error: unknown) => {
    if (error instanceof GateError) throw error;
    if (error instanceof TooManyFiles) throw new GateError(error.message, pr.headSha);
    throw new GateError(describeApiError(what, error), pr.headSha);
  };
  const reader = new BlobReader(api, repo);
  const policy = await readPolicyAtBase(reader, pr.baseSha, options.policyPath).catch((error: unknown) => {
    if (error instanceof Error && error.name === 'PolicyError') {
      throw new GateError(`the policy at the base commit is invalid: ${error.message.split('\n')[0]}`, pr.headSha);
    }
    return fail(`reading ${options.policyPath} at the base commit`)(error);
  });
  const mergeBase = await mergeBaseOf(api, repo, pr.baseSha, pr.headSha).catch(fail('finding the merge base'));
  const listed = await listFiles(api, repo, pr.number, pr.changedFiles).catch(fail('listing the changed files'));
  // The merge base's listing gives every base version's blob id, and the files the change does not touch.
  const listing = await listTree(api, repo, mergeBase).catch(fail('listing the files of the merge base'));
  const baseFiles = 'files' in listing ? listing.files : undefined;
  const plan = planChangedFiles(listed, mergeBase, baseFiles);
  // A listing GitHub cut short: the folders the readers use are listed on their own.
  const nearFiles =
    baseFiles ??
    (await listDirs(api, repo, mergeBase, dirsTheReadersUse(listed)).catch(
      fail('listing the folders of the changed files at the merge base'),
    ));
  const untouched = planUntouched(listed, nearFiles);
  const texts = await reader.read([...plannedReads(plan), ...untouched.refs]).catch(fail('reading the changed files'));
  const files = buildChangedFiles(plan, texts);
  const commits = await readCommits(api, repo, pr.number).catch(fail('listing the commits'));
  const notes: string[] = [];
  if (reader.counts.unreread > 0) {
    notes.push(
      `${reader.counts.unreread} large or binary files were judged from GitHub's batch answer alone: two-key re-reads at most ${MAX_SINGLE_READS} one by one per run`,
    );
  }
  if (pr.commitCount > MAX_LISTED_COMMITS) {
    notes.push(
      `GitHub lists only the first ${MAX_LISTED_COMMITS} of ${pr.commitCount} commits; later commits' authors were not read`,
    );
  }
  const changeSet: ChangeSet = {
    baseSha: mergeBase,
    headSha: pr.headSha,
    files: [...files, ...(options.extraFiles ?? [])],
    commits,
    prAuthor: pr.author,
    branch: pr.headRef,
    prBody: pr.body,
    ...untouched.build(texts),
  };
  // What the changed scripts source or the changed Makefiles include: known only now, one more batch.
  // Then what those files reference in turn (the .mk files an untouched Makefile includes, the program
  // a Pulumi.yaml's main: names and the modules it re-exports from): a few more rounds, as the CLI reads.
  let referencing: readonly { path: string; headText?: string }[] = changeSet.files;
  for (let round = 0; round < 4; round++) {
    const changed = new Set(changeSet.files.map((f) => f.path));
    const referenced = referencedEntries(referencing, nearFiles, changeSet.neighbours).filter(
      (e) => !changed.has(e.path),
    );
    if (!referenced.length) break;
    const more = await reader.read(referenced.map(blobRefOf)).catch(fail('reading the files the changed scripts use'));
    const found = neighboursFrom(referenced, more);
    if (!found.length) break;
    changeSet.neighbours = [...(changeSet.neighbours ?? []), ...found];
    referencing = found.map((f) => ({ path: f.path, headText: f.text }));
  }
  // What changed Terragrunt files include, read or feed (units, parents, modules): a few small rounds.
  const terragrunt = await terragruntNeighbours(changeSet, nearFiles, reader).catch(
    fail('reading the files the changed Terragrunt files use'),
  );
  if (terragrunt.length) changeSet.neighbours = [...(changeSet.neighbours ?? []), ...terragrunt];
  const decision = await check(changeSet, policy);
  const reviews = await readReviews(api, repo, pr.number).catch(fail('reading the reviews'));
  // With nothing to approve, nobody's approval is weighed: the pusher is not worth the calls.
  const lastPusher: PusherFact =
    decision.requirements.length === 0
      ? { known: false, reason: 'not read: nothing needs approval', rulesetRequiresLastPushApproval: false }
      : await readLastPusher(api, repo, pr, options.pusher).catch(fail('finding who pushed the head'));
  const pusherProblem = decision.requirements.length === 0 ? undefined : pusherNote(lastPusher);
  if (pusherProblem !== undefined) notes.push(pusherProblem);
  const { facts, notes: factNotes } = await readApprovalFacts(api, teamApi, repo, {
    pr,
    commits,
    reviews,
    requirements: decision.requirements,
    policyAgentLogins: policy.agents.logins,
    lastPusher,
  }).catch(fail('reading reviewers and teams'));
  notes.push(...factNotes);
  const tree = evaluateApprovals(decision.requirements, facts);
  return { pr, policy, changeSet, decision, tree, notes, reviews };
}

async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new GateError(describeApiError(what, error));
  }
}
