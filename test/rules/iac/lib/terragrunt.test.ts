import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changedFile, changeSetOf, modifiedFile } from '../../../helpers/change-set.js';

const module = {
  path: 'modules/rds/main.tf',
  text: [
    'variable "replicas" {',
    '  default = 1',
    '}',
    'variable "protect" {',
    '  default = true',
    '}',
    'resource "aws_db_instance" "replica" {',
    '  count               = var.replicas',
    '  identifier          = "ledger-replica-${count.index}"',
    '  deletion_protection = var.protect',
    '}',
    '',
  ].join('\n'),
};

const unit = (inputs: string, locals = '') =>
  `${locals}terraform {\n  source = "../../modules//rds?ref=v1.2.0"\n}\n\ninputs = {\n${inputs}}\n`;

async function terragrunt(before: string, after: string, lines: [number, number][]) {
  const file = modifiedFile('live/prod/terragrunt.hcl', before, after, lines);
  const d = await check(changeSetOf([file], { neighbours: [module] }), defaultPolicy());
  return d.findings.map((f) => `${f.ruleId}:${f.line}${f.blocking ? ' blocking' : ''}`);
}

describe('Terragrunt inputs, judged against the module its terraform.source names', () => {
  it('reports replicas going to 0 at the changed input', async () => {
    expect(
      await terragrunt(unit('  replicas = 2\n  protect  = true\n'), unit('  replicas = 0\n  protect  = true\n'), [
        [6, 6],
      ]),
    ).toEqual(['iac/terraform-instances-reduced:6 blocking']);
  });

  it('evaluates an input through the file’s locals', async () => {
    const locals = 'locals {\n  env     = "prod"\n  protect = local.env == "production"\n}\n\n';
    const after = unit('  replicas = 2\n  protect  = local.protect\n', locals);
    expect(await terragrunt(unit('  replicas = 2\n  protect  = true\n'), after, [[1, 12]])).toEqual([
      'iac/terraform-deletion-protection:12 blocking',
    ]);
  });

  it('fails closed on an input from a dependency, and leaves more replicas alone', async () => {
    const after = unit('  replicas = 2\n  protect  = dependency.flags.outputs.protect\n');
    expect(await terragrunt(unit('  replicas = 2\n  protect  = true\n'), after, [[7, 7]])).toEqual([
      'iac/terraform-deletion-protection:7 blocking',
    ]);
    expect(
      await terragrunt(unit('  replicas = 2\n  protect  = true\n'), unit('  replicas = 3\n  protect  = true\n'), [
        [6, 6],
      ]),
    ).toEqual([]);
  });
});

/** A Terragrunt layout: a root, a shared `_envcommon/rds.hcl`, an `env.hcl` per environment, units including them. */
const layout: Record<string, string> = {
  'modules/rds/main.tf': module.text,
  'live/root.hcl': 'locals {\n  protect = true\n}\n\ninputs = {\n  replicas = 2\n}\n',
  'live/_envcommon/rds.hcl':
    'terraform {\n  source = "${get_repo_root()}/modules//rds"\n}\n\ninputs = {\n  protect  = true\n  replicas = 2\n}\n',
  'live/prod/env.hcl': 'locals {\n  environment = "prod"\n  protect     = true\n}\n',
  'live/dev/env.hcl': 'locals {\n  environment = "dev"\n  protect     = true\n}\n',
  'live/prod/rds/terragrunt.hcl': [
    'include "root" {',
    '  path   = find_in_parent_folders("root.hcl")',
    '  expose = true',
    '}',
    '',
    'include "envcommon" {',
    '  path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/rds.hcl"',
    '}',
    '',
    'locals {',
    '  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))',
    '}',
    '',
    'inputs = {',
    '  replicas = 3',
    '}',
    '',
  ].join('\n'),
};

/** The change rewrites `path` alone; every other file of the layout is an untouched neighbour. */
async function shared(path: string, after: string, files: Record<string, string> = layout) {
  const before = files[path]!;
  const neighbours = Object.entries(files)
    .filter(([p]) => p !== path)
    .map(([p, text]) => ({ path: p, text }));
  const d = await check(changeSetOf([changedFile(path, before, after)], { neighbours }), defaultPolicy());
  return d.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}${f.blocking ? ' blocking' : ''}`);
}

describe('Terragrunt parents: a changed shared file judged through the units that include it', () => {
  it('reports a protection an _envcommon input turns off, at that input', async () => {
    const after = layout['live/_envcommon/rds.hcl']!.replace('protect  = true', 'protect  = false');
    expect(await shared('live/_envcommon/rds.hcl', after)).toEqual([
      'live/_envcommon/rds.hcl:6 iac/terraform-deletion-protection blocking',
    ]);
  });

  it('leaves an input the unit overrides, and a protection turned on', async () => {
    const after = layout['live/_envcommon/rds.hcl']!.replace('replicas = 2', 'replicas = 0');
    expect(await shared('live/_envcommon/rds.hcl', after)).toEqual([]);
    const off: Record<string, string> = {
      ...layout,
      'live/_envcommon/rds.hcl': layout['live/_envcommon/rds.hcl']!.replace('= true', '= false'),
    };
    expect(await shared('live/_envcommon/rds.hcl', layout['live/_envcommon/rds.hcl']!, off)).toEqual([]);
  });

  it('reports replicas the root takes to zero when the unit no longer sets them', async () => {
    // The later include wins: _envcommon must not set them either.
    const files: Record<string, string> = {
      ...layout,
      'live/_envcommon/rds.hcl': layout['live/_envcommon/rds.hcl']!.replace('  replicas = 2\n', ''),
      'live/prod/rds/terragrunt.hcl': layout['live/prod/rds/terragrunt.hcl']!.replace('  replicas = 3\n', ''),
    };
    const after = files['live/root.hcl']!.replace('replicas = 2', 'replicas = 0');
    expect(await shared('live/root.hcl', after, files)).toEqual([
      'live/root.hcl:6 iac/terraform-instances-reduced blocking',
    ]);
  });

  it('does not merge a parent included with merge_strategy = "no_merge"', async () => {
    const unit = layout['live/prod/rds/terragrunt.hcl']!.replace(
      '/_envcommon/rds.hcl"\n',
      '/_envcommon/rds.hcl"\n  merge_strategy = "no_merge"\n',
    );
    const files: Record<string, string> = {
      ...layout,
      'live/prod/rds/terragrunt.hcl': unit.replace(
        'inputs = {',
        'terraform {\n  source = "../../../modules//rds"\n}\n\ninputs = {',
      ),
    };
    const after = files['live/_envcommon/rds.hcl']!.replace('protect  = true', 'protect  = false');
    expect(await shared('live/_envcommon/rds.hcl', after, files)).toEqual([]);
  });

  it('follows exposed include locals and read_terragrunt_config to the changed local', async () => {
    const unit = layout['live/prod/rds/terragrunt.hcl']!.replace(
      '  replicas = 3\n',
      '  replicas = 3\n  protect  = include.root.locals.protect && local.env.locals.protect\n',
    );
    const files: Record<string, string> = { ...layout, 'live/prod/rds/terragrunt.hcl': unit };
    expect(await shared('live/root.hcl', files['live/root.hcl']!.replace('true', 'false'), files)).toEqual([
      'live/root.hcl:2 iac/terraform-deletion-protection blocking',
    ]);
    expect(
      await shared(
        'live/prod/env.hcl',
        files['live/prod/env.hcl']!.replace('protect     = true', 'protect     = false'),
        files,
      ),
    ).toEqual(['live/prod/env.hcl:3 iac/terraform-deletion-protection blocking']);
  });

  it('does not hold the merge for a protection given up in a dev unit', async () => {
    const unit = layout['live/prod/rds/terragrunt.hcl']!.replace(
      '  replicas = 3\n',
      '  replicas = 3\n  protect  = local.env.locals.protect\n',
    );
    const files: Record<string, string> = { ...layout, 'live/dev/rds/terragrunt.hcl': unit };
    delete files['live/prod/rds/terragrunt.hcl'];
    expect(
      await shared(
        'live/dev/env.hcl',
        files['live/dev/env.hcl']!.replace('protect     = true', 'protect     = false'),
        files,
      ),
    ).toEqual(['live/dev/env.hcl:3 iac/terraform-deletion-protection']);
  });
});
