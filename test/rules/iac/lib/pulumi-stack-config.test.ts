import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../../helpers/change-set.js';

const TS_PROGRAM = [
  'import * as pulumi from "@pulumi/pulumi";',
  'import * as aws from "@pulumi/aws";',
  '',
  'const config = new pulumi.Config();',
  'const dbName = config.require("dbName");',
  '',
  'export const db = new aws.rds.Instance("orders", {',
  '  identifier: dbName,',
  '  engine: "postgres",',
  '  instanceClass: config.require("instanceClass"),',
  '  deletionProtection: config.requireBoolean("protect"),',
  '  skipFinalSnapshot: config.getBoolean("skipSnapshot") ?? false,',
  '});',
  '',
  'export const site = new aws.lb.LoadBalancer("site", { name: config.require("lbName") });',
  '',
].join('\n');

const PY_PROGRAM = [
  'import pulumi',
  'import pulumi_aws as aws',
  '',
  'cfg = pulumi.Config()',
  'table_key = cfg.require("tableKey")',
  '',
  'aws.dynamodb.Table(',
  '    "jobs",',
  '    hash_key=table_key,',
  '    attributes=[aws.dynamodb.TableAttributeArgs(name=table_key, type="S")],',
  '    opts=pulumi.ResourceOptions(protect=cfg.require_bool("protectTables")),',
  ')',
  '',
].join('\n');

const stack = (values: Record<string, string>) =>
  `config:\n${Object.entries(values)
    .map(([k, v]) => `  shop:${k}: ${v}\n`)
    .join('')}`;

const PROD = {
  dbName: 'orders',
  instanceClass: 'db.r6g.large',
  protect: 'true',
  skipSnapshot: 'false',
  lbName: 'site',
  tableKey: 'job_id',
  protectTables: 'true',
};

async function findings(path: string, program: { path: string; text: string }, edit: Record<string, string>) {
  const d = await check(
    changeSetOf([changedFile(path, stack(PROD), stack({ ...PROD, ...edit }))], { neighbours: [program] }),
    defaultPolicy(),
  );
  return d.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}${f.blocking ? ' blocking' : ''}`);
}

const ts = { path: 'infra/index.ts', text: TS_PROGRAM };
const py = { path: 'infra/__main__.py', text: PY_PROGRAM };

describe('a changed Pulumi stack config, judged against the program beside it', () => {
  it('reports a database renamed through a bound config value, at the value', async () => {
    expect(await findings('infra/Pulumi.prod.yaml', ts, { dbName: 'orders-v2' })).toEqual([
      'infra/Pulumi.prod.yaml:2 iac/code-replacement-argument blocking',
    ]);
  });

  it('reports protections turned off through config reads', async () => {
    expect(await findings('infra/Pulumi.prod.yaml', ts, { protect: 'false', skipSnapshot: 'true' })).toEqual([
      'infra/Pulumi.prod.yaml:4 iac/code-deletion-protection-disabled blocking',
      'infra/Pulumi.prod.yaml:5 iac/code-safeguard-weakened blocking',
    ]);
  });

  it('reads Python: a table key and the protect option', async () => {
    expect(await findings('infra/Pulumi.prod.yaml', py, { tableKey: 'tenant_id', protectTables: 'false' })).toEqual([
      'infra/Pulumi.prod.yaml:7 iac/code-replacement-argument blocking',
      'infra/Pulumi.prod.yaml:8 iac/pulumi-protect-disabled blocking',
    ]);
  });

  it('leaves in-place changes, stateless resources, protections turned on and dev stacks alone', async () => {
    expect(await findings('infra/Pulumi.prod.yaml', ts, { instanceClass: 'db.r6g.xlarge', lbName: 'site-v2' })).toEqual(
      [],
    );
    const on = await check(
      changeSetOf([changedFile('infra/Pulumi.prod.yaml', stack({ ...PROD, protect: 'false' }), stack(PROD))], {
        neighbours: [ts],
      }),
      defaultPolicy(),
    );
    expect(on.findings).toEqual([]);
    expect(await findings('infra/Pulumi.dev.yaml', ts, { protect: 'false' })).toEqual([
      'infra/Pulumi.dev.yaml:4 iac/code-deletion-protection-disabled',
    ]);
  });
});
