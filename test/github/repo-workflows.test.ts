/* eslint-disable @typescript-eslint/no-explicit-any -- parsed workflow YAML */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPolicy } from '../../src/policy/load.js';

// The repository runs itself: CI on every platform, its own gate (as the README tells users to
// set it up) and its own policy, CODEOWNERS and dependabot.
const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Record<string, any>;

function readmeGateWorkflow(): Record<string, any> {
  const readme = read('README.md');
  const start = readme.indexOf('## The gate on GitHub');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, any>);
  return blocks.find((w) => w['on']?.['pull_request_target'])!;
}

const stepsOf = (wf: Record<string, any>) =>
  Object.values(wf['jobs'] as Record<string, any>).flatMap((job) => job.steps as Record<string, any>[]);

describe("the repository's own workflows", () => {
  it('tests on Node 20 and 24, on Linux and macOS, with the README test command', () => {
    const ci = workflow('ci.yml');
    expect(ci['permissions']).toEqual({ contents: 'read' });
    const matrix = ci['jobs']['test'].strategy.matrix;
    expect(matrix.node).toEqual([20, 24]);
    expect(matrix.os).toEqual(expect.arrayContaining(['ubuntu-latest', 'macos-latest']));
    const runs = (ci['jobs']['test'].steps as Record<string, any>[]).map((s) => s['run']).filter(Boolean);
    expect(runs).toEqual(['npm ci', 'npm test']);
    expect(JSON.parse(read('package.json')).scripts.test).toMatch(/check-dist/);
  });

  it('gates its own pull requests with the workflow the README gives users', () => {
    const own = workflow('two-key.yml');
    const documented = readmeGateWorkflow();
    for (const key of ['on', 'permissions', 'concurrency']) expect(own[key], key).toEqual(documented[key]);
    const bridge = workflow('two-key-review-bridge.yml');
    expect(own['on']['workflow_run'].workflows).toContain(bridge['name']);
    expect(bridge['permissions']).toEqual({});
  });

  it("runs the gate from the default branch's code, never the pull request's", () => {
    const steps = stepsOf(workflow('two-key.yml'));
    const checkout = steps.find((s) => String(s['uses']).startsWith('actions/checkout'));
    expect(checkout?.['with']).toEqual({
      ref: '${{ github.event.repository.default_branch }}',
      'persist-credentials': false,
    });
    expect(steps.some((s) => s['uses'] === './')).toBe(true);
    expect(JSON.stringify(workflow('two-key.yml'))).not.toMatch(/head\.ref|head_ref|merge_group\.head_sha }}"?\s*$/);
  });

  it('releases from a version tag, moving the major tag, with the tarball attached', () => {
    const release = workflow('release.yml');
    expect(release['on']).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    const script = stepsOf(release)
      .map((s) => String(s['run'] ?? ''))
      .join('\n');
    expect(script).toMatch(/npm test/);
    expect(script).toMatch(/npm pack/);
    expect(script).toMatch(/git tag -f "\$major"/);
    expect(script).toMatch(/gh release create "\$TAG" two-key-\*\.tgz/);
  });

  it('has a policy that loads, CODEOWNERS for the gate, and dependabot for npm and actions', () => {
    const policy = loadPolicy(read('.github/two-key.yml'), '.github/two-key.yml');
    expect(policy.approvals.default.count).toBeGreaterThanOrEqual(1);
    const owners = read('.github/CODEOWNERS');
    for (const path of ['/.github/', '/action.yml', '/src/github/', '/dist/']) expect(owners).toContain(path);
    const dependabot = parse(read('.github/dependabot.yml')) as { updates: { 'package-ecosystem': string }[] };
    expect(dependabot.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    expect(existsSync(join(root, 'SECURITY.md'))).toBe(true);
  });
});
