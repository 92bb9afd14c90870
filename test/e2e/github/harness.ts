/* eslint-disable @typescript-eslint/no-explicit-any -- GitHub example JSON patched field by field; the OpenAPI validation is what types it */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeGitHub } from './fake-github.js';

const root = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

/**
 * Builds the Action into a temporary folder, so the scenarios run the bundle this source makes.
 * TWO_KEY_ACTION_DIR runs an already built bundle instead (an older build, to see a scenario fail on it).
 */
export function buildAction(): { dir: string; cleanup: () => void } {
  const prebuilt = process.env.TWO_KEY_ACTION_DIR;
  if (prebuilt) return { dir: prebuilt, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'two-key-action-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), dir], { cwd: root, stdio: 'pipe' });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

interface WebhookExamples {
  name: string;
  examples: Record<string, unknown>[];
}

/** A real webhook payload from @octokit/webhooks-examples, to adjust per scenario. */
export function examplePayload(event: string, action?: string): Record<string, any> {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[];
  const examples = all.find((e) => e.name === event)?.examples ?? [];
  const example = examples.find((e) => action === undefined || e['action'] === action);
  if (!example) throw new Error(`no ${event}.${action ?? ''} example`);
  return structuredClone(example) as Record<string, any>;
}

/** A pull_request(_target) payload about one of the fake's pull requests. */
export function pullRequestPayload(fake: FakeGitHub, number: number, action = 'opened'): Record<string, any> {
  const payload = examplePayload('pull_request', action === 'synchronize' ? 'synchronize' : 'opened');
  const pull = fake.pulls.get(number)!;
  payload['action'] = action;
  payload['number'] = number;
  payload['repository'] = { ...payload['repository'], full_name: `${fake.owner}/${fake.repo}`, name: fake.repo };
  payload['pull_request'] = {
    ...payload['pull_request'],
    number,
    head: {
      ...payload['pull_request'].head,
      sha: pull.headSha,
      ref: pull.headRef,
      repo: { ...payload['pull_request'].head.repo, full_name: pull.headRepository ?? `${fake.owner}/${fake.repo}` },
    },
  };
  return payload;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface RunOptions {
  event: string;
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** Runs dist/index.js the way a runner does: INPUT_* variables, the event file, the summary and output files. */
export async function runAction(actionDir: string, fake: FakeGitHub, options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'two-key-run-'));
  try {
    const eventPath = join(dir, 'event.json');
    const summaryPath = join(dir, 'summary.md');
    const outputPath = join(dir, 'output.txt');
    writeFileSync(eventPath, JSON.stringify(options.payload));
    writeFileSync(summaryPath, '');
    writeFileSync(outputPath, '');
    const inputs = { 'github-token': 'ghs_workflowtoken', ...options.inputs };
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
      GITHUB_RUN_ID: '4242',
      GITHUB_WORKSPACE: dir,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: dir,
      TWO_KEY_RETRY_BASE_MS: '5',
      ...options.env,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const child = spawn(process.execPath, [join(actionDir, 'index.js')], { env, cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return {
      code,
      stdout,
      stderr,
      summary: readFileSync(summaryPath, 'utf8'),
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.indexOf(m[2]!, i + 1);
    outputs[m[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}
