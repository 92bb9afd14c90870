import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changeSetOf, modifiedFile } from '../../../helpers/change-set.js';

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
