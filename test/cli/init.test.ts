/* eslint-disable @typescript-eslint/no-explicit-any -- parsed workflow YAML and JSON bodies */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/main.js';
import { ACTION_REF, BRIDGE_WORKFLOW, gateWorkflow } from '../../src/cli/init/workflows.js';
import { githubRepoOf } from '../../src/cli/init/init.js';
import { loadPolicy } from '../../src/policy/load.js';
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js';

const repos: GitRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { status, stdout, stderr };
}

function sampleRepo(): GitRepo {
  const r = createGitRepo({
    base: {
      'db/migrate/20261101_create_users.rb': 'class CreateUsers < ActiveRecord::Migration[7.1]\nend\n',
      'infra/main.tf': 'resource "aws_db_instance" "main" {}\n',
      'README.md': '# shop\n',
    },
    head: {},
  });
  repos.push(r);
  return r;
}

const readmeBlocks = () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('## The gate on GitHub');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
};

describe('two-key init', () => {
  it('writes the workflows the README shows, and a starter policy naming what it found', async () => {
    const r = sampleRepo();
    const run = await cli(['init', '--repo', r.dir]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'wrote: .github/workflows/two-key.yml',
      'wrote: .github/workflows/two-key-review-bridge.yml',
      'wrote: .github/two-key.yml',
    ]);
    const read = (p: string) => readFileSync(join(r.dir, p), 'utf8');
    expect(read('.github/workflows/two-key.yml')).toBe(readmeBlocks()[0]);
    expect(read('.github/workflows/two-key-review-bridge.yml')).toBe(readmeBlocks()[1]);
    const gate = parse(read('.github/workflows/two-key.yml')) as Record<string, any>;
    expect(gate['on']['workflow_run'].workflows).toEqual([parse(BRIDGE_WORKFLOW).name]);
    expect(gate['jobs']['two-key'].steps[0].uses).toBe(ACTION_REF);
    const policyText = read('.github/two-key.yml');
    expect(policyText).toMatch(
      /Found in this repository: SQL files|Found in this repository: Rails migrations, Terraform\./,
    );
    expect(loadPolicy(policyText, '.github/two-key.yml').agents.extraApprovals).toBe(1);
    expect(run.stdout).toMatch(/require approval of the most recent reviewable push/);
    expect(JSON.parse(run.stdout.slice(run.stdout.indexOf('\n{') + 1)).rules.map((x: any) => x.type)).toEqual([
      'required_status_checks',
      'pull_request',
    ]);
  });

  it('changes nothing on a second run, and keeps a file that differs', async () => {
    const r = sampleRepo();
    await cli(['init', '--repo', r.dir]);
    const policy = join(r.dir, '.github', 'two-key.yml');
    writeFileSync(policy, 'extends: strict\n');
    const again = await cli(['init', '--repo', r.dir]);
    expect(again.stdout.split('\n').slice(0, 3)).toEqual([
      'unchanged: .github/workflows/two-key.yml',
      'unchanged: .github/workflows/two-key-review-bridge.yml',
      'kept (exists, differs from the template): .github/two-key.yml',
    ]);
    expect(readFileSync(policy, 'utf8')).toBe('extends: strict\n');
  });

  it('names the Action by the --action given', async () => {
    const r = sampleRepo();
    await cli(['init', '--repo', r.dir, '--action', 'my-org/two-key@v1']);
    expect(readFileSync(join(r.dir, '.github/workflows/two-key.yml'), 'utf8')).toBe(gateWorkflow('my-org/two-key@v1'));
    expect((await cli(['init', '--action', 'nope'])).stderr).toBe(
      'two-key: invalid --action "nope": expected OWNER/REPO@REF\n',
    );
  });

  it('reads owner/name from GitHub remotes', () => {
    expect(githubRepoOf('git@github.com:acme/shop.git')).toBe('acme/shop');
    expect(githubRepoOf('https://github.com/acme/shop')).toBe('acme/shop');
    expect(githubRepoOf('https://gitlab.com/acme/shop.git')).toBeUndefined();
  });
});

describe('two-key init --apply', () => {
  function fakeRulesetsApi() {
    const rulesets: any[] = [];
    const calls: string[] = [];
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        calls.push(`${req.method} ${req.url}`);
        const send = (status: number, data: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(data));
        };
        const one = /^\/repos\/acme\/shop\/rulesets\/(\d+)$/.exec(req.url ?? '');
        if (req.method === 'GET' && req.url?.startsWith('/repos/acme/shop/rulesets?')) return send(200, rulesets);
        if (req.method === 'POST' && req.url === '/repos/acme/shop/rulesets') {
          rulesets.push({ id: rulesets.length + 1, ...JSON.parse(body) });
          return send(201, rulesets.at(-1));
        }
        if (one && req.method === 'GET') return send(200, rulesets[Number(one[1]) - 1]);
        if (one && req.method === 'PUT') {
          rulesets[Number(one[1]) - 1] = { id: Number(one[1]), ...JSON.parse(body) };
          return send(200, rulesets[Number(one[1]) - 1]);
        }
        send(404, { message: 'Not Found' });
      });
    });
    return { server, rulesets, calls };
  }

  it('creates the ruleset once, then leaves it, and mends one that drifted', async () => {
    const r = sampleRepo();
    const fake = fakeRulesetsApi();
    await new Promise<void>((done) => fake.server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    const saved = { ...process.env };
    Object.assign(process.env, { GITHUB_TOKEN: 'ghs_FAKE', GITHUB_API_URL: url });
    try {
      const args = ['init', '--repo', r.dir, '--apply', '--github-repo', 'acme/shop', '--app-id', '4242'];
      expect((await cli(args)).stdout).toMatch(/ruleset "two-key" on acme\/shop: created\n$/);
      expect(fake.rulesets[0].rules[0].parameters.required_status_checks).toEqual([
        { context: 'two-key', integration_id: 4242 },
      ]);
      expect(fake.rulesets[0].rules[1].parameters).toMatchObject({
        dismiss_stale_reviews_on_push: true,
        require_last_push_approval: true,
      });
      expect((await cli(args)).stdout).toMatch(/: unchanged\n$/);
      fake.rulesets[0].rules[1].parameters.require_last_push_approval = false;
      expect((await cli(args)).stdout).toMatch(/: updated\n$/);
      expect(fake.calls.filter((c) => !c.startsWith('GET'))).toEqual([
        'POST /repos/acme/shop/rulesets',
        'PUT /repos/acme/shop/rulesets/1',
      ]);
    } finally {
      process.env = saved;
      fake.server.close();
    }
  });

  it('needs a token', async () => {
    const r = sampleRepo();
    const saved = { ...process.env };
    delete process.env['GITHUB_TOKEN'];
    delete process.env['GH_TOKEN'];
    try {
      expect(await cli(['init', '--repo', r.dir, '--apply', '--github-repo', 'acme/shop'])).toMatchObject({
        status: 2,
        stderr: 'two-key: --apply needs a token with admin rights in GITHUB_TOKEN (or GH_TOKEN)\n',
      });
    } finally {
      process.env = saved;
    }
  });
});
