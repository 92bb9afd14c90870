import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readChangeSet } from '../../../src/cli/git-change-set.js';
import { check } from '../../../src/engine/engine.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { createGitRepo } from '../../helpers/git-repo.js';
import { FakeGitHub, type FakePullSpec } from './fake-github.js';
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

const MODULE = [
  'variable "protect" {',
  '  default = true',
  '}',
  'resource "aws_db_instance" "main" {',
  '  identifier          = "ledger"',
  '  deletion_protection = var.protect',
  '}',
  '',
].join('\n');

const SHARED = (protect: string) =>
  `terraform {\n  source = "\${get_repo_root()}/modules//ledger"\n}\n\ninputs = {\n  protect = ${protect}\n}\n`;

const UNIT = [
  'include "root" {',
  '  path = find_in_parent_folders("root.hcl")',
  '}',
  '',
  'include "envcommon" {',
  '  path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/ledger.hcl"',
  '}',
  '',
].join('\n');

/** A pull request that edits only the `_envcommon` file; the unit including it, the root and the module are untouched. */
function sharedPull(before: string, after: string): FakePullSpec {
  return {
    number: 7,
    author: { login: 'dev' },
    base: {
      'modules/ledger/main.tf': MODULE,
      'live/root.hcl': 'inputs = {}\n',
      'live/_envcommon/ledger.hcl': before,
      'live/prod/ledger/terragrunt.hcl': UNIT,
      'README.md': '# ledger\n',
    },
    changes: { 'live/_envcommon/ledger.hcl': after },
  };
}

async function cliFindings(spec: FakePullSpec): Promise<string[]> {
  const repo = createGitRepo({ base: spec.base, head: { ...spec.changes } });
  try {
    const changeSet = await readChangeSet({ repo: repo.dir, base: repo.baseSha, head: repo.headSha });
    const decision = await check(changeSet, defaultPolicy());
    return decision.findings.map((f) => `${f.ruleId}:${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`);
  } finally {
    repo.cleanup();
  }
}

function findingsOf(run: { outputs: Record<string, string> }): string[] {
  const findings = JSON.parse(run.outputs['findings'] ?? '[]') as {
    ruleId: string;
    path: string;
    line: number;
    blocking: boolean;
  }[];
  return findings.map((f) => `${f.ruleId}:${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`);
}

describe('a changed Terragrunt shared file, read by the Action as the CLI reads it', () => {
  it('finds the unit that includes it, the root and the module, and holds the merge', async () => {
    const spec = sharedPull(SHARED('true'), SHARED('false'));
    const pull = fake.addPull(spec);
    const run = await runAction(action.dir, fake, {
      event: 'pull_request_target',
      payload: pullRequestPayload(fake, 7),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(findingsOf(run)).toEqual(['iac/terraform-deletion-protection:live/_envcommon/ledger.hcl:6 blocking']);
    expect(findingsOf(run)).toEqual(await cliFindings(spec));
    expect(fake.statuses.filter((s) => s.sha === pull.headSha).at(-1)).toMatchObject({ state: 'failure' });
    // The changed files' batch, then the unit, then its root, then the module: one small query each.
    expect(fake.requestsTo('POST', '/graphql').length).toBeLessThanOrEqual(6);
  });

  it('lets a protection turned on through, as the CLI does', async () => {
    const spec = sharedPull(SHARED('false'), SHARED('true'));
    fake.addPull(spec);
    const run = await runAction(action.dir, fake, {
      event: 'pull_request_target',
      payload: pullRequestPayload(fake, 7),
    });
    expect(findingsOf(run)).toEqual([]);
    expect(await cliFindings(spec)).toEqual([]);
  });
});

const PROGRAM = [
  'import * as pulumi from "@pulumi/pulumi";',
  'import * as aws from "@pulumi/aws";',
  '',
  'const config = new pulumi.Config();',
  'export const db = new aws.rds.Instance("orders", {',
  '  identifier: config.require("dbIdentifier"),',
  '  instanceClass: "db.r6g.large",',
  '});',
  '',
].join('\n');

describe('a changed Pulumi stack config, read by the Action against the untouched program as the CLI reads it', () => {
  it('holds a stack value that renames the database', async () => {
    const spec: FakePullSpec = {
      number: 8,
      author: { login: 'dev' },
      base: {
        'infra/index.ts': PROGRAM,
        'infra/Pulumi.yaml': 'name: shop\nruntime: nodejs\n',
        'infra/Pulumi.prod.yaml': 'config:\n  shop:dbIdentifier: orders\n',
      },
      changes: { 'infra/Pulumi.prod.yaml': 'config:\n  shop:dbIdentifier: orders-eu\n' },
    };
    fake.addPull(spec);
    const run = await runAction(action.dir, fake, {
      event: 'pull_request_target',
      payload: pullRequestPayload(fake, 8),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(findingsOf(run)).toEqual(['iac/code-replacement-argument:infra/Pulumi.prod.yaml:2 blocking']);
    expect(findingsOf(run)).toEqual(await cliFindings(spec));
  });
});
