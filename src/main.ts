import * as core from '@actions/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { ChangedFile } from './core/types.js';
import { isTerraformPlan } from './rules/iac/terraform-plan.js';
import { checkRunOutput } from './report/annotations.js';
import { renderComment, renderResolvedComment } from './report/comment.js';
import type { GateReportOptions } from './report/gate-report.js';
import { renderDecision } from './report/index.js';
import { statusFor } from './report/status.js';
import { allRules } from './rules/registry.js';
import { VERSION } from './version.js';
import { createClient, describeApiError, type GitHub } from './github/client.js';
import { evaluatePullRequest, GateError, type Evaluation } from './github/evaluate.js';
import { resolveTarget } from './github/events.js';
import { readInputs, type ActionInputs } from './github/inputs.js';
import { getPullRequest } from './github/pull-request.js';
import { parseRepository, type RepoRef } from './github/repo.js';
import { reportInJob, setOutputs } from './github/report.js';
import {
  commenterIdentity,
  requestMissingReviewers,
  upsertComment,
  writeCheckRun,
  writeStatus,
} from './github/writes.js';

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
    await writeVerdict(ctx, evaluation, status, options);
  }
  if (ctx.inputs.failJob && status.state === 'failure') core.setFailed(`two-key: ${status.description}`);
}

/** Writes only while the head is the one that was checked: a newer push has its own run. */
async function writeVerdict(
  ctx: RunContext,
  { pr, decision, tree }: Evaluation,
  status: { state: 'success' | 'failure'; description: string },
  options: GateReportOptions,
): Promise<void> {
  const live = await getPullRequest(ctx.api, ctx.repo, pr.number);
  if (live.headSha !== pr.headSha) {
    core.notice(
      `two-key: #${pr.number} moved to ${live.headSha.slice(0, 12)} during the check; nothing written for ${pr.headSha.slice(0, 12)}`,
    );
    return;
  }
  await writeStatus(ctx.api, ctx.repo, pr.headSha, {
    context: ctx.inputs.statusContext,
    ...status,
    ...(ctx.runUrl ? { targetUrl: ctx.runUrl } : {}),
  });
  if (ctx.appApi) {
    const output = checkRunOutput(decision, tree, options);
    await writeCheckRun(ctx.appApi, ctx.repo, pr.headSha, {
      name: ctx.inputs.statusContext,
      conclusion: status.state,
      ...output,
    });
  }
  if (ctx.inputs.comment) {
    const identity = await commenterIdentity(ctx.api, ctx.inputs.githubToken);
    const needsApproval = decision.verdict === 'block' && status.state === 'failure';
    const body = needsApproval ? renderComment(decision, tree, options) : undefined;
    const resolved = renderResolvedComment(
      decision.verdict === 'block' ? 'approved' : 'no-longer-needed',
      tree,
      options,
    );
    const outcome = await upsertComment(ctx.api, ctx.repo, pr.number, identity, body, resolved);
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

/** Two-key could not do its work: the status says why (failure), and the job fails. */
async function failClosed(ctx: RunContext, error: GateError, writable: boolean): Promise<void> {
  const description = fit(`two-key could not check: ${error.message}`);
  if (writable && error.headSha) {
    try {
      await writeStatus(ctx.api, ctx.repo, error.headSha, {
        context: ctx.inputs.statusContext,
        state: 'failure',
        description,
        ...(ctx.runUrl ? { targetUrl: ctx.runUrl } : {}),
      });
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

/** A merge group passes only if every pull request in it would: its status goes on the group's head. */
async function gateMergeGroup(ctx: RunContext, headSha: string, numbers: number[]): Promise<void> {
  const failures: string[] = [];
  if (numbers.length === 0) failures.push('cannot tell which pull requests the merge group holds');
  let findings = 0;
  for (const number of numbers) {
    try {
      const { decision, tree } = await evaluatePullRequest(ctx.api, ctx.appApi ?? ctx.api, ctx.repo, number, {
        policyPath: ctx.inputs.policyPath,
      });
      findings += decision.findings.length;
      const status = statusFor(decision, tree);
      if (status.state === 'failure') failures.push(`#${number}: ${status.description}`);
    } catch (error) {
      failures.push(`#${number}: ${error instanceof GateError ? error.message : describeApiError('checking', error)}`);
    }
  }
  const state = failures.length === 0 ? 'success' : 'failure';
  const description = fit(failures[0] ?? `${numbers.map((n) => `#${n}`).join(', ')}: approved or nothing to approve`);
  await writeStatus(ctx.api, ctx.repo, headSha, {
    context: ctx.inputs.statusContext,
    state,
    description,
    ...(ctx.runUrl ? { targetUrl: ctx.runUrl } : {}),
  });
  core.setOutput('verdict', state === 'success' ? 'allow' : 'block');
  if (process.env.GITHUB_STEP_SUMMARY) {
    const lines = failures.length
      ? failures
      : [`every pull request in the group is approved or clean (${findings} findings)`];
    await core.summary.addHeading('two-key: merge group', 3).addList(lines.map(escapeHtml)).write();
  }
  core.info(`two-key: merge group ${state}: ${description}`);
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
