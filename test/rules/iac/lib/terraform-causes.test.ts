import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../../helpers/change-set.js';

const main = [
  'resource "aws_db_instance" "orders" {',
  '  identifier          = local.db_name',
  '  engine              = "postgres"',
  '  deletion_protection = var.protect',
  '  skip_final_snapshot = false',
  '}',
  '',
  'resource "aws_lb" "api" {',
  '  name = local.lb_name',
  '}',
  '',
].join('\n');

const locals = (dbName: string, lbName = '"api"') =>
  `locals {\n  env     = "prod"\n  db_name = ${dbName}\n  lb_name = ${lbName}\n}\n`;
const variables = (protect: string) => `variable "protect" {\n  type    = bool\n  default = ${protect}\n}\n`;

/** The change is to `path` alone; main.tf and the other file are untouched neighbours. */
async function findings(path: string, before: string, after: string, neighbours: Record<string, string>) {
  const d = await check(
    changeSetOf([changedFile(path, before, after)], {
      neighbours: Object.entries(neighbours).map(([p, text]) => ({ path: p, text })),
    }),
    defaultPolicy(),
  );
  return d.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}${f.blocking ? ' blocking' : ''}`);
}

describe('an unchanged attribute line whose local or variable default the change rewrites', () => {
  it('reports the replacement of the database at the local that renames it', async () => {
    const d = await check(
      changeSetOf([changedFile('infra/locals.tf', locals('"orders"'), locals('"orders-${local.env}"'))], {
        neighbours: [
          { path: 'infra/main.tf', text: main },
          { path: 'infra/variables.tf', text: variables('true') },
        ],
      }),
      defaultPolicy(),
    );
    expect(d.findings.map((f) => [f.path, f.line, f.ruleId, f.blocking])).toEqual([
      ['infra/locals.tf', 3, 'iac/terraform-replacement-attribute', true],
    ]);
    expect(d.findings[0]!.message).toContain(
      'aws_db_instance.orders: identifier changes from "orders" to "orders-prod"',
    );
    expect(d.findings[0]!.message).toContain('local.db_name');
  });

  it('leaves a renamed load balancer and an unchanged value alone', async () => {
    const neighbours = { 'infra/main.tf': main, 'infra/variables.tf': variables('true') };
    expect(await findings('infra/locals.tf', locals('"orders"'), locals('"orders"', '"api-v2"'), neighbours)).toEqual(
      [],
    );
    // Rewritten, same value: no replacement.
    expect(await findings('infra/locals.tf', locals('"orders"'), locals('"ord${"ers"}"'), neighbours)).toEqual([]);
  });

  it('reports a protection turned off at the variable default that turns it off', async () => {
    const neighbours = { 'infra/main.tf': main, 'infra/locals.tf': locals('"orders"') };
    expect(await findings('infra/variables.tf', variables('true'), variables('false'), neighbours)).toEqual([
      'infra/variables.tf:3 iac/terraform-deletion-protection blocking',
    ]);
    expect(await findings('infra/variables.tf', variables('false'), variables('true'), neighbours)).toEqual([]);
  });

  it('fails closed when the local becomes a value known only at plan time', async () => {
    const neighbours = { 'infra/main.tf': main, 'infra/variables.tf': variables('true') };
    expect(
      await findings('infra/locals.tf', locals('"orders"'), locals('data.aws_ssm_parameter.name.value'), neighbours),
    ).toEqual(['infra/locals.tf:3 iac/terraform-replacement-attribute blocking']);
  });
});

describe('a changed tfvars value behind a replacement-forcing attribute', () => {
  const module = [
    'variable "db_name" {}',
    'variable "engine_version" {}',
    'resource "google_sql_database_instance" "main" {',
    '  name             = var.db_name',
    '  database_version = var.engine_version',
    '  lifecycle {',
    '    ignore_changes = [name]',
    '  }',
    '}',
    'resource "aws_dynamodb_table" "jobs" {',
    '  name     = "jobs"',
    '  hash_key = var.hash_key',
    '}',
    '',
  ].join('\n');
  const vars = (engine: string, key: string, name = 'orders') =>
    `db_name        = "${name}"\nengine_version = "${engine}"\nhash_key       = "${key}"\n`;
  const run = (before: string, after: string) =>
    findings('env/prod/terraform.tfvars', before, after, { 'env/prod/main.tf': module });

  it('reports a key or an engine family change at the value', async () => {
    expect(await run(vars('MYSQL_8_0', 'pk'), vars('MYSQL_8_0', 'job_id'))).toEqual([
      'env/prod/terraform.tfvars:3 iac/terraform-replacement-attribute blocking',
    ]);
    expect(await run(vars('MYSQL_8_0', 'pk'), vars('POSTGRES_15', 'pk'))).toEqual([
      'env/prod/terraform.tfvars:2 iac/terraform-replacement-attribute blocking',
    ]);
  });

  it('allows a minor upgrade and a change Terraform is told to ignore', async () => {
    expect(await run(vars('POSTGRES_14', 'pk'), vars('POSTGRES_15', 'pk'))).toEqual([]);
    expect(await run(vars('POSTGRES_14', 'pk'), vars('POSTGRES_14', 'pk', 'orders-v2'))).toEqual([]);
  });
});
