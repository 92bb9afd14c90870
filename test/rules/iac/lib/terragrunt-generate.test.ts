import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../../helpers/change-set.js';

const unit = (resource: string, provider = 'us-east-1') =>
  [
    'locals {', // 1
    '  env = "prod"', // 2
    '}', // 3
    '', // 4
    'terraform {', // 5
    '  source = "git::https://github.com/acme/modules.git//app?ref=v3.1.0"', // 6
    '}', // 7
    '', // 8
    'generate "provider" {', // 9
    '  path      = "provider.tf"', // 10
    '  if_exists = "overwrite_terragrunt"', // 11
    '  contents  = <<EOF', // 12
    'provider "aws" {', // 13
    `  region = "${provider}"`, // 14
    '}', // 15
    'EOF', // 16
    '}', // 17
    '', // 18
    'generate "ledger" {', // 19
    '  path      = "ledger.tf"', // 20
    '  if_exists = "overwrite"', // 21
    '  contents  = <<-EOT', // 22
    ...resource.split('\n'), // 23...
    '  EOT', //
    '}', //
    '',
  ].join('\n');

const db = (settings: string) =>
  [
    '    resource "aws_db_instance" "ledger" {', // 23
    '      identifier          = "ledger-${local.env}"', // 24
    '      engine              = "postgres"', // 25
    '      instance_class      = "db.r6g.large"', // 26
    settings, // 27...
    '    }',
  ].join('\n');

async function findings(path: string, before: string | undefined, after: string) {
  const d = await check(changeSetOf([changedFile(path, before, after)]), defaultPolicy());
  return d.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}${f.blocking ? ' blocking' : ''}`);
}

const path = 'live/prod/ledger/terragrunt.hcl';

describe('Terragrunt generate blocks: their contents judged as Terraform, at the line they are written', () => {
  it('reports deletion protection turned off inside a generated resource', async () => {
    const before = unit(db('      deletion_protection = true'));
    const after = unit(db('      deletion_protection = false'));
    expect(await findings(path, before, after)).toEqual([`${path}:27 iac/terraform-deletion-protection blocking`]);
  });

  it('reports skip_final_snapshot and force_destroy written into a generated file', async () => {
    const before = unit(db('      skip_final_snapshot = false'));
    const after = unit(db('      skip_final_snapshot = true'));
    expect(await findings(path, before, after)).toEqual([`${path}:27 iac/terraform-final-snapshot blocking`]);
  });

  it('reports a generated resource the change removes, at its base line', async () => {
    const before = unit(db('      deletion_protection = true'));
    const after = unit('    # moved to the module');
    expect(await findings(path, before, after)).toContain(`${path}:23 iac/terraform-removed-resource blocking`);
  });

  it('fills interpolations it can evaluate: the identifier changes through the local, reported at the local', async () => {
    const before = unit(db('      deletion_protection = true'));
    const after = before.replace('env = "prod"', 'env = "production"');
    expect(await findings(path, before, after)).toEqual([`${path}:2 iac/terraform-replacement-attribute blocking`]);
  });

  it('leaves a generated provider whose region changes, and a new generate block, alone', async () => {
    const before = unit(db('      deletion_protection = true'));
    expect(await findings(path, before, unit(db('      deletion_protection = true'), 'eu-west-1'))).toEqual([]);
    expect(await findings(path, undefined, before)).toEqual([]);
  });

  it('reads the generate blocks of a shared root file too', async () => {
    const root = (protect: string) =>
      `generate "backups" {\n  path     = "backups.tf"\n  contents = <<EOF\nresource "aws_s3_bucket" "db_backups" {\n  bucket        = "acme-db-backups"\n  force_destroy = ${protect}\n}\nEOF\n}\n`;
    expect(await findings('live/root.hcl', root('false'), root('true'))).toEqual([
      'live/root.hcl:6 iac/terraform-force-destroy blocking',
    ]);
  });
});
