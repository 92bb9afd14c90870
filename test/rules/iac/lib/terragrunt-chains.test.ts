import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { resolveTerragrunt } from '../../../../src/rules/iac/lib/terragrunt.js';
import { loadGrammar } from '../../../../src/parsers/tree-sitter/loader.js';
import { changedFile, changeSetOf } from '../../../helpers/change-set.js';

beforeAll(() => loadGrammar('hcl'));

const module =
  'variable "protect" {\n  default = true\n}\nvariable "retention" {\n  default = 7\n}\nresource "aws_db_instance" "ledger" {\n  identifier              = "ledger"\n  deletion_protection     = var.protect\n  backup_retention_period = var.retention\n}\n';

/** live/root.hcl <- live/prod/env.hcl (which includes the root) <- live/prod/rds/terragrunt.hcl (which includes env.hcl). */
const nested: Record<string, string> = {
  'modules/rds/main.tf': module,
  'live/root.hcl': 'inputs = {\n  protect   = true\n  retention = 14\n}\n',
  'live/prod/env.hcl': [
    'include "root" {',
    '  path = find_in_parent_folders("root.hcl")',
    '}',
    '',
    'terraform {',
    '  source = "${get_repo_root()}/modules//rds"',
    '}',
    '',
  ].join('\n'),
  'live/prod/rds/terragrunt.hcl': 'include "env" {\n  path = find_in_parent_folders("env.hcl")\n}\n',
};

/** live/prod/rds reads env.hcl, which reads ../account.hcl relative to itself. */
const chain: Record<string, string> = {
  'modules/rds/main.tf': module,
  'live/account.hcl': 'locals {\n  retention_days = 14\n}\n',
  'live/prod/env.hcl':
    'locals {\n  account   = read_terragrunt_config("../account.hcl")\n  retention = local.account.locals.retention_days\n}\n',
  'live/prod/rds/terragrunt.hcl': [
    'locals {',
    '  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))',
    '}',
    '',
    'terraform {',
    '  source = "../../../modules//rds"',
    '}',
    '',
    'inputs = {',
    '  retention = local.env.locals.retention',
    '}',
    '',
  ].join('\n'),
};

async function shared(files: Record<string, string>, path: string, after: string) {
  const neighbours = Object.entries(files)
    .filter(([p]) => p !== path)
    .map(([p, text]) => ({ path: p, text }));
  const d = await check(changeSetOf([changedFile(path, files[path], after)], { neighbours }), defaultPolicy());
  return d.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}${f.blocking ? ' blocking' : ''}`);
}

describe('Terragrunt: includes within includes', () => {
  it('merges the grandparent under the parent, and the module source the parent names', () => {
    const unit = resolveTerragrunt('live/prod/rds/terragrunt.hcl', (p) => nested[p]);
    expect(unit?.moduleDir).toBe('modules/rds');
    expect(unit?.inputs.get('protect')?.path).toBe('live/root.hcl');
    expect([...(unit?.files ?? [])].sort()).toEqual([
      'live/prod/env.hcl',
      'live/prod/rds/terragrunt.hcl',
      'live/root.hcl',
    ]);
  });

  it('reports a protection the root turns off for a unit that reaches it through env.hcl', async () => {
    const after = nested['live/root.hcl']!.replace('protect   = true', 'protect   = false');
    expect(await shared(nested, 'live/root.hcl', after)).toEqual([
      'live/root.hcl:2 iac/terraform-deletion-protection blocking',
    ]);
  });

  it('lets the parent override the grandparent: the root change reaches no unit', async () => {
    const files: Record<string, string> = {
      ...nested,
      'live/prod/env.hcl': nested['live/prod/env.hcl']! + 'inputs = {\n  protect = true\n}\n',
    };
    const after = files['live/root.hcl']!.replace('protect   = true', 'protect   = false');
    expect(await shared(files, 'live/root.hcl', after)).toEqual([]);
  });
});

describe('Terragrunt: read_terragrunt_config within read_terragrunt_config', () => {
  it('reads a relative path from the file that reads it', () => {
    const unit = resolveTerragrunt('live/prod/rds/terragrunt.hcl', (p) => chain[p]);
    expect(unit?.inputs.get('retention')?.value).toBe(14);
    expect(unit?.files.has('live/account.hcl')).toBe(true);
  });

  it('reports backups cut to zero at the account file two reads away', async () => {
    const after = chain['live/account.hcl']!.replace('= 14', '= 0');
    expect(await shared(chain, 'live/account.hcl', after)).toEqual([
      'live/account.hcl:2 iac/terraform-backup-retention blocking',
    ]);
  });

  it('leaves a longer retention alone', async () => {
    const after = chain['live/account.hcl']!.replace('= 14', '= 30');
    expect(await shared(chain, 'live/account.hcl', after)).toEqual([]);
  });
});
