/* eslint-disable @typescript-eslint/no-explicit-any -- parsed workflow YAML */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HANDLED_EVENTS } from '../../src/github/events.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## The gate on GitHub'),
  readme.indexOf('\n## ', readme.indexOf('## The gate on GitHub') + 5),
);
const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, any>);
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

const gateWorkflow = workflows.find((w) => w['on']?.['pull_request_target'])!;
const bridge = workflows.find((w) => w['on']?.['pull_request_review'])!;

describe('the workflows the README tells users to paste', () => {
  it('has the gate and the review bridge', () => {
    expect(workflows).toHaveLength(2);
    expect(gateWorkflow).toBeDefined();
    expect(bridge).toBeDefined();
  });

  it('triggers the gate only on events the action handles, with the pull request activity types it re-checks on', () => {
    for (const event of Object.keys(gateWorkflow['on'])) expect(HANDLED_EVENTS).toContain(event);
    expect(gateWorkflow['on']['pull_request_target'].types).toEqual([
      'opened',
      'synchronize',
      'reopened',
      'edited',
      'ready_for_review',
      'labeled',
      'unlabeled',
    ]);
    expect(Object.keys(gateWorkflow['on'])).toEqual(
      expect.arrayContaining(['pull_request_target', 'merge_group', 'workflow_run']),
    );
  });

  it('wakes the gate from the bridge by name, and the bridge has no permissions', () => {
    expect(gateWorkflow['on']['workflow_run'].workflows).toContain(bridge['name']);
    expect(gateWorkflow['on']['workflow_run'].types).toEqual(['completed']);
    expect(bridge['permissions']).toEqual({});
  });

  it('grants the gate only what it writes', () => {
    expect(gateWorkflow['permissions']).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      statuses: 'write',
      checks: 'write',
    });
  });

  it('groups runs per pull request, whatever the event (test/e2e/github/tamper.test.ts evaluates the key)', () => {
    const group = String(gateWorkflow['concurrency'].group);
    expect(group).toMatch(/github\.event\.pull_request\.number/);
    expect(group).toMatch(/workflow_run\.pull_requests\[0\]\.number/);
    expect(group).toMatch(/inputs\.pull-request/);
    expect(group).not.toMatch(/run_id/);
  });

  it('mints the App token in an environment and hands it to two-key', () => {
    const job = gateWorkflow['jobs']['two-key'];
    expect(job.environment).toBe('two-key');
    const steps = job.steps as Record<string, any>[];
    const app = steps.find((s) => String(s['uses']).startsWith('actions/create-github-app-token'))!;
    const gate = steps.find((s) => String(s['uses']).includes('two-key'))!;
    expect(gate['with']['app-token']).toBe(`\${{ steps.${app['id']}.outputs.token }}`);
  });

  it('passes only inputs action.yml declares, and never checks out the pull request', () => {
    const steps = gateWorkflow['jobs']['two-key'].steps as Record<string, any>[];
    for (const step of steps) expect(String(step['uses'] ?? '')).not.toMatch(/actions\/checkout/);
    const gate = steps.find((s) => String(s['uses']).includes('two-key'))!;
    for (const input of Object.keys(gate['with'] ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
