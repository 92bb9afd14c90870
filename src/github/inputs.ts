import * as core from '@actions/core';

export interface ActionInputs {
  githubToken: string;
  appToken?: string;
  policyPath: string;
  statusContext: string;
  comment: boolean;
  requestReviewers: boolean;
  sarif?: string;
  failJob: boolean;
  pullRequest?: string;
  terraformPlan?: string;
  /** Bases whose pull requests may write `success`; empty means the repository's default branch. */
  protectedBases: string[];
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new Error(`input ${name} must be true or false, got ${JSON.stringify(value)}`);
}

/** The inputs of action.yml; @actions/core reads them from INPUT_<NAME> as the runner sets them. */
export function readInputs(): ActionInputs {
  const githubToken = core.getInput('github-token');
  if (!githubToken) throw new Error('input github-token is empty: give the workflow token (the default) or a token');
  core.setSecret(githubToken);
  const inputs: ActionInputs = {
    githubToken,
    policyPath: core.getInput('policy') || '.github/two-key.yml',
    statusContext: core.getInput('status-context') || 'two-key',
    comment: flag('comment', true),
    requestReviewers: flag('request-reviewers', true),
    failJob: flag('fail-job', false),
    protectedBases: core
      .getInput('protected-bases')
      .split(/[\s,]+/)
      .map((b) => b.trim().replace(/^refs\/heads\//, ''))
      .filter((b) => b !== ''),
  };
  const appToken = core.getInput('app-token');
  if (appToken) {
    core.setSecret(appToken);
    inputs.appToken = appToken;
  }
  const sarif = core.getInput('sarif');
  if (sarif) inputs.sarif = sarif;
  const terraformPlan = core.getInput('terraform-plan');
  if (terraformPlan) inputs.terraformPlan = terraformPlan;
  const pullRequest = core.getInput('pull-request');
  if (pullRequest) inputs.pullRequest = pullRequest;
  return inputs;
}
