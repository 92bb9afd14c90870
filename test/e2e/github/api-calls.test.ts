import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertValidResponse, exampleResponse } from './openapi.js';
import { FakeGitHub } from './fake-github.js';
import { buildAction, pullRequestPayload, runAction } from './harness.js';

let action: { dir: string; cleanup: () => void };
let fake: FakeGitHub;
beforeAll(() => {
  action = buildAction();
});
afterAll(() => action.cleanup());
beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
});
afterEach(async () => {
  expect(fake.invalid).toEqual([]);
  await fake.stop();
});

function callsByEndpoint(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of fake.requests) counts[`${r.method} ${r.template}`] = (counts[`${r.method} ${r.template}`] ?? 0) + 1;
  return counts;
}

/** A pull request that adds `n` source files and modifies `m` (a migration among them). */
function bigPull(added: number, modified: number) {
  const base: Record<string, string> = {};
  const changes: Record<string, string> = {};
  for (let i = 0; i < modified; i++) base[`src/m${i}.ts`] = `export const m${i} = ${i};\n`;
  for (let i = 0; i < modified; i++) changes[`src/m${i}.ts`] = `export const m${i} = ${i + 1};\n`;
  for (let i = 0; i < added; i++) changes[`src/a${i}.ts`] = `export const a${i} = ${i};\n`;
  return fake.addPull({ number: 3, author: { login: 'dev' }, base, changes });
}

/** What the budget promises: a 1,000-file pull request costs at most this many requests (issue 13). */
const BUDGET_FOR_1000_FILES = 40;

describe('the API calls one run makes', () => {
  for (const [added, modified] of [
    [5, 5],
    [50, 50],
    [500, 500],
  ] as const) {
    it(`reads the files of a ${added + modified}-file pull request in batches`, async () => {
      bigPull(added, modified);
      const run = await runAction(action.dir, fake, {
        event: 'pull_request_target',
        payload: pullRequestPayload(fake, 3),
      });
      expect(run.code, run.stderr).toBe(0);
      const calls = callsByEndpoint();
      const pages = Math.ceil((added + modified) / 100);
      // The policy, then every head version and every base version of a modified file, 100 a query.
      const queries = 1 + Math.ceil((added + 2 * modified) / 100);
      expect(calls).toEqual({
        'GET /repos/{owner}/{repo}/pulls/{pull_number}': 2,
        'POST /graphql': queries,
        'GET /repos/{owner}/{repo}/compare/{basehead}': 1,
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': pages,
        // The merge base's files, once: base versions by blob id, and the files the change does not touch.
        'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': 1,
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits': 1,
        // Read again just before writing: a verdict weighed on reviews that changed is not written.
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': 2,
        // The default branch (the protected base), and the open pull requests into it with the same head.
        'GET /repos/{owner}/{repo}': 1,
        'GET /repos/{owner}/{repo}/pulls': 1,
        'POST /repos/{owner}/{repo}/statuses/{sha}': 1,
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': 1,
      });
      if (added + modified === 1000) expect(fake.requests.length).toBeLessThanOrEqual(BUDGET_FOR_1000_FILES);
      console.log(`API requests for ${added + modified} files: ${fake.requests.length}`, calls);
    }, 120_000);
  }
});

describe('the fake GitHub', () => {
  it('refuses to serve what GitHub would not', () => {
    const pr = exampleResponse('/repos/{owner}/{repo}/pulls/{pull_number}', 'get') as Record<string, unknown>;
    pr['requested_teams'] = [];
    expect(() => assertValidResponse('/repos/{owner}/{repo}/pulls/{pull_number}', 'GET', 200, pr)).not.toThrow();
    delete pr['head'];
    expect(() => assertValidResponse('/repos/{owner}/{repo}/pulls/{pull_number}', 'GET', 200, pr)).toThrow(/head/);
    expect(() => assertValidResponse('/repos/{owner}/{repo}/nonsense', 'GET', 200, {})).toThrow(/does not have/);
  });
});
