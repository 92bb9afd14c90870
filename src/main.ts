import * as core from '@actions/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { ChangedFile } from './core/types.js';
import { isTerraformPlan } from './rules/iac/lib/terraform-plan.js';
import { checkRunOutput } from './report/annotations.js';
import { renderComment, renderResolvedComment } from './report/comment.js';
import type { GateReportOptions } from './report/gate-report.js';
import { renderDecision } from './report/index.js';
import { statusFor } from './report/status.js';
import { allRules } from './rules/registry.js';
import { VERSION } from './core/version.js';
import { createClient, describeApiError, type GitHub } from './github/client.js';
import { evaluatePullRequest, GateError, type Evaluation } from './github/evaluate.js';
import { resolveTarget } from './github/events.js';
import { readInputs, type ActionInputs } from './github/inputs.js';
import { parseRepository, type RepoRef } from './github/repo.js';
import { reportInJob, setOutputs } from './github/report.js';
import { whatChanged, type Weighed } from './github/freshness.js';
import { openPullsWithHead, protectedBases } from './github/protected-bases.js';
import { standingVerdictHead } from './github/standing.js';
import { writeVerdictOn } from './github/verdict.js';
import { commenterIdentity, findStickyComments, requestMissingReviewers, upsertComment } from './github/writes.js';

interface RunContext {
  inputs: ActionInputs;
  repo: RepoRef;
  api: GitHub;
  appApi: GitHub | undefined;
  env: NodeJS.ProcessEnv;
  runUrl: string | undefined;
  serverUrl: string;
}

/** The Action: find the pull request, check it under its base policy, weigh its reviews, write the verdict. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let ctx: RunContext;
  try {
    ctx = setUp(env);
  } catch (error) {
    core.setFailed(`two-key: ${(error as Error).message}`);
    return;
  }
  try {
    await gate(ctx);
  } catch (error) {
    // Anything unexpected fails the job with its reason; it never passes the gate silently.
    core.setFailed(`two-key: ${error instanceof GateError ? error.message : describeApiError('the run', error)}`);
  }
}

function setUp(env: NodeJS.ProcessEnv): RunContext {
  const inputs = readInputs();
  const repo = parseRepository(env.GITHUB_REPOSITORY);
  const baseUrl = env.GITHUB_API_URL || 'https://api.github.com';
  const retry = env.TWO_KEY_RETRY_BASE_MS === undefined ? {} : { retryBaseMs: Number(env.TWO_KEY_RETRY_BASE_MS) };
  const log = (message: string) => core.info(message);
  const api = createClient({ token: inputs.githubToken, baseUrl, log, ...retry });
  const appApi = inputs.appToken ? createClient({ token: inputs.appToken, baseUrl, log, ...retry }) : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runUrl = env.GITHUB_RUN_ID
    ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  return { inputs, repo, api, appApi, env, runUrl, serverUrl };
}

async function gate(ctx: RunContext): Promise<void> {
  const eventName = ctx.env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(ctx.env.GITHUB_EVENT_PATH);
  const target = await resolveTarget(ctx.api, ctx.repo, eventName, payload, ctx.inputs.pullRequest).catch(
    (error: unknown) => {
      throw new GateError(describeApiError(`finding the pull request of the ${eventName} event`, error));
    },
  );
  if (target.kind === 'nothing') {
    core.notice(`two-key: nothing to check: ${target.reason}`);
    return;
  }
  if (target.kind === 'merge-group') return gateMergeGroup(ctx, target.headSha, target.numbers);
  if (target.titleOnly) {
    // An error here only means the pull request is checked in full.
    const head = await standingVerdictHead(ctx.api, ctx.repo, target.number, ctx.inputs.statusContext).catch(
      () => undefined,
    );
    if (head !== undefined) {
      core.notice(
        `two-key: only the title of #${target.number} changed, which two-key does not read: the verdict on ${head.slice(0, 12)} stands`,
      );
      return;
    }
  }

  let evaluation: Evaluation;
  try {
    evaluation = await evaluatePullRequest(ctx.api, ctx.appApi ?? ctx.api, ctx.repo, target.number, {
      policyPath: ctx.inputs.policyPath,
      ...(target.pusher ? { pusher: target.pusher } : {}),
      extraFiles: terraformPlanFiles(ctx),
    });
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    await failClosed(ctx, error, target.writable);
    return;
  }
  const { pr, decision, tree } = evaluation;
  if (target.expectedHeadSha !== undefined && pr.headSha !== target.expectedHeadSha) {
    core.notice(
      `two-key: ${target.expectedHeadSha.slice(0, 12)} is no longer the head of #${pr.number}; the newer head's run decides`,
    );
    return;
  }
  decision.notes.push(...evaluation.notes);
  const options = reportOptions(ctx, evaluation);
  const status = statusFor(decision, tree);
  setOutputs(decision, tree);
  writeSarif(ctx, decision);
  await reportInJob(decision, tree, options);

  if (!target.writable) {
    core.info(`two-key: ${status.state}: ${status.description} (read-only run: nothing written to the pull request)`);
  } else {
    await writePullRequestVerdict(ctx, evaluation, status, options);
  }
  if (ctx.inputs.failJob && status.state === 'failure') core.setFailed(`two-key: ${status.description}`);
}

/**
 * A verdict on a head is a verdict for every pull request with that head: only a pull request into
 * a protected base writes, and `success` only when every open pull request with the same head into
 * a protected base passes too. Nothing is written when the head or the reviews moved meanwhile.
 */
async function writePullRequestVerdict(
  ctx: RunContext,
  evaluation: Evaluation,
  own: { state: 'success' | 'failure'; description: string },
  options: GateReportOptions,
): Promise<void> {
  const { pr, decision, tree } = evaluation;
  const bases = await protectedBases(ctx.api, ctx.repo, ctx.inputs.protectedBases);
  if (!bases.includes(pr.baseRef)) {
    core.notice(
      `two-key: #${pr.number} is into ${pr.baseRef}, which is not a protected base (${bases.join(', ')}): nothing written on ${pr.headSha.slice(0, 12)}`,
    );
    return;
  }
  let status = own;
  const weighed: Weighed[] = [{ number: pr.number, headSha: pr.headSha, reviews: evaluation.reviews }];
  if (own.state === 'success') {
    const others = (await openPullsWithHead(ctx.api, ctx.repo, bases, pr.headSha)).filter((n) => n !== pr.number);
    const group = await evaluateGroup(ctx, others);
    weighed.push(...group.weighed);
    if (group.failures.length > 0) {
      status = { state: 'failure', description: fit(`same head as ${group.failures[0]!}`) };
      decision.notes.push(
        `This head is also the head of ${group.failures.join('; ')}: the status on the head is failure until that pull request passes too.`,
      );
    }
  }
  const changed = await whatChanged(ctx.api, ctx.repo, weighed);
  if (changed !== undefined) {
    core.notice(`two-key: ${changed}; nothing written for ${pr.headSha.slice(0, 12)}: the newer event's run decides`);
    return;
  }
  const check = checkRunOutput(decision, tree, options);
  if (status !== own) check.title = status.description;
  await writeVerdictOn(ctx.api, ctx.appApi, ctx.repo, pr.headSha, { ...status, check }, writeOptions(ctx));
  if (ctx.inputs.comment) {
    const identity = await commenterIdentity(ctx.api, ctx.inputs.githubToken);
    const sticky = await findStickyComments(ctx.api, ctx.repo, pr.number, identity);
    if (sticky.impostors.length > 0) {
      const who = sticky.impostors.map((l) => `@${l}`).join(', ');
      decision.notes.push(
        `A comment by ${who} imitates two-key's: it is not from two-key. Only this comment (by ${identity}) and the ${ctx.inputs.statusContext} status carry the verdict.`,
      );
      core.warning(`two-key: ${who} posted a comment that imitates two-key's`);
    }
    const needsApproval = (decision.verdict === 'block' || status !== own) && status.state === 'failure';
    const body = needsApproval ? renderComment(decision, tree, options) : undefined;
    const resolved = renderResolvedComment(
      decision.verdict === 'block' ? 'approved' : 'no-longer-needed',
      tree,
      options,
    );
    const outcome = await upsertComment(ctx.api, ctx.repo, pr.number, sticky.mine, body, resolved);
    core.info(`two-key: comment ${outcome}`);
  }
  if (ctx.inputs.requestReviewers && status.state === 'failure') {
    const requested = await requestMissingReviewers(ctx.api, ctx.repo, pr, tree, (m) => core.warning(m));
    if (requested.reviewers.length + requested.teams.length > 0) {
      core.info(`two-key: requested reviews from ${[...requested.reviewers, ...requested.teams].join(', ')}`);
    }
  }
  core.info(`two-key: ${status.state}: ${status.description}`);
}

function writeOptions(ctx: RunContext): { context: string; targetUrl?: string } {
  return { context: ctx.inputs.statusContext, ...(ctx.runUrl ? { targetUrl: ctx.runUrl } : {}) };
}

/** Evaluates pull requests as a group: each one's failure in a line, and what each was weighed on. */
async function evaluateGroup(
  ctx: RunContext,
  numbers: readonly number[],
): Promise<{ failures: string[]; weighed: Weighed[]; findings: number }> {
  const failures: string[] = [];
  const weighed: Weighed[] = [];
  let findings = 0;
  for (const number of numbers) {
    try {
      const evaluation = await evaluatePullRequest(ctx.api, ctx.appApi ?? ctx.api, ctx.repo, number, {
        policyPath: ctx.inputs.policyPath,
      });
      const { pr, decision, tree } = evaluation;
      weighed.push({ number, headSha: pr.headSha, reviews: evaluation.reviews });
      findings += decision.findings.length;
      const status = statusFor(decision, tree);
      if (status.state === 'failure') failures.push(`#${number}: ${status.description}`);
    } catch (error) {
      failures.push(`#${number}: ${error instanceof GateError ? error.message : describeApiError('checking', error)}`);
    }
  }
  return { failures, weighed, findings };
}

/** Two-key could not do its work: the status says why (failure), and the job fails. */
async function failClosed(ctx: RunContext, error: GateError, writable: boolean): Promise<void> {
  const description = fit(`two-key could not check: ${error.message}`);
  if (writable && error.headSha) {
    try {
      await writeVerdictOn(
        ctx.api,
        ctx.appApi,
        ctx.repo,
        error.headSha,
        { state: 'failure', description, check: { title: description, summary: description, annotations: [] } },
        writeOptions(ctx),
      );
    } catch (writeError) {
      core.warning(describeApiError('writing the failure status', writeError));
    }
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addHeading('two-key could not check this pull request', 3)
      .addRaw(escapeHtml(error.message))
      .write();
  }
  core.setOutput('verdict', 'block');
  core.setFailed(`two-key: ${error.message}`);
}

/** Attempts at a merge group whose pull requests move while they are weighed: no other run will come for it. */
const MERGE_GROUP_ATTEMPTS = 3;

/** A merge group passes only if every pull request in it would: its verdict goes on the group's head. */
async function gateMergeGroup(ctx: RunContext, headSha: string, numbers: number[]): Promise<void> {
  for (let attempt = 1; attempt <= MERGE_GROUP_ATTEMPTS; attempt++) {
    const group = await evaluateGroup(ctx, numbers);
    const failures = [...group.failures];
    if (numbers.length === 0) failures.unshift('cannot tell which pull requests the merge group holds');
    const changed = await whatChanged(ctx.api, ctx.repo, group.weighed);
    if (changed !== undefined) {
      core.notice(`two-key: merge group: ${changed}; weighing it again`);
      continue;
    }
    const state = failures.length === 0 ? 'success' : 'failure';
    const description = fit(failures[0] ?? `${numbers.map((n) => `#${n}`).join(', ')}: approved or nothing to approve`);
    const lines = failures.length
      ? failures
      : [`every pull request in the group is approved or clean (${group.findings} findings)`];
    const summary = lines.map((l) => `- ${escapeHtml(l)}`).join('\n');
    await writeVerdictOn(
      ctx.api,
      ctx.appApi,
      ctx.repo,
      headSha,
      { state, description, check: { title: description, summary, annotations: [] } },
      writeOptions(ctx),
    );
    core.setOutput('verdict', state === 'success' ? 'allow' : 'block');
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addHeading('two-key: merge group', 3).addList(lines.map(escapeHtml)).write();
    }
    core.info(`two-key: merge group ${state}: ${description}`);
    return;
  }
  throw new GateError(`the merge group's pull requests kept changing while two-key weighed them`);
}

function reportOptions(ctx: RunContext, { pr, changeSet }: Evaluation): GateReportOptions {
  const blob = `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/blob`;
  const options: GateReportOptions = {
    headSha: pr.headSha,
    fileUrl: (path, line, side) =>
      `${blob}/${side === 'base' ? changeSet.baseSha : pr.headSha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`,
  };
  if (ctx.runUrl) options.runUrl = ctx.runUrl;
  return options;
}

/** The `terraform-plan` input as an added file; a file that is not a JSON plan fails the run closed. */
function terraformPlanFiles(ctx: RunContext): ChangedFile[] {
  if (!ctx.inputs.terraformPlan) return [];
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  const path = isAbsolute(ctx.inputs.terraformPlan)
    ? ctx.inputs.terraformPlan
    : join(workspace, ctx.inputs.terraformPlan);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new GateError(`cannot read the terraform-plan file ${ctx.inputs.terraformPlan}`);
  }
  if (!isTerraformPlan(text)) {
    throw new GateError(
      `terraform-plan ${ctx.inputs.terraformPlan} is not a JSON plan: give the output of terraform show -json PLANFILE`,
    );
  }
  const name = relative(workspace, path);
  return [
    {
      path: name.startsWith('..') || isAbsolute(name) ? ctx.inputs.terraformPlan : name.split('\\').join('/'),
      status: 'added',
      headText: text,
      headChangedLines: [{ start: 1, end: text.split('\n').length }],
      baseChangedLines: [],
    },
  ];
}

function writeSarif(ctx: RunContext, decision: Evaluation['decision']): void {
  if (!ctx.inputs.sarif) return;
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  const path = isAbsolute(ctx.inputs.sarif) ? ctx.inputs.sarif : join(workspace, ctx.inputs.sarif);
  const rules = allRules.map((r) => ({ id: r.meta.id, description: r.meta.description, kind: r.meta.kind }));
  writeFileSync(path, renderDecision(decision, 'sarif', { rules, version: VERSION }) + '\n');
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) throw new GateError('GITHUB_EVENT_PATH is not set: two-key runs as a step of a GitHub Actions workflow');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new GateError(`cannot read the event payload ${path}: ${(error as Error).message}`);
  }
}

function fit(text: string): string {
  const chars = Array.from(text.replace(/[\r\n]+/g, ' '));
  return chars.length <= 140 ? chars.join('') : `${chars.slice(0, 139).join('')}…`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
