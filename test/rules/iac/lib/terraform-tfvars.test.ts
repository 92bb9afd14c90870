import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changeSetOf, modifiedFile } from '../../../helpers/change-set.js';

const main = [
  'variable "replicas" {',
  '  default = 1',
  '}',
  'variable "protect" {',
  '  default = true',
  '}',
  'variable "workers" {',
  '  default = 2',
  '}',
  'resource "aws_db_instance" "replica" {',
  '  count               = var.replicas',
  '  identifier          = "ledger-replica-${count.index}"',
  '  deletion_protection = var.protect',
  '}',
  'resource "aws_instance" "worker" {',
  '  count = var.workers',
  '}',
  '',
].join('\n');

async function tfvars(before: string, after: string, line: number) {
  const file = modifiedFile('infra/prod/terraform.tfvars', before, after, [[line, line]]);
  const d = await check(
    changeSetOf([file], { neighbours: [{ path: 'infra/prod/main.tf', text: main }] }),
    defaultPolicy(),
  );
  return d.findings.map((f) => `${f.ruleId}:${f.line}${f.blocking ? ' blocking' : ''}`);
}

describe('a changed tfvars value, judged against the unchanged resources of its module', () => {
  it('reports a count of a stateful resource going to 0 at the changed value', async () => {
    expect(await tfvars('replicas = 2\nprotect = true\n', 'replicas = 0\nprotect = true\n', 1)).toEqual([
      'iac/terraform-instances-reduced:1 blocking',
    ]);
  });

  it('reports a protection turned off at the changed value', async () => {
    expect(await tfvars('replicas = 2\nprotect = true\n', 'replicas = 2\nprotect = false\n', 2)).toEqual([
      'iac/terraform-deletion-protection:2 blocking',
    ]);
  });

  it('allows more instances, and fewer instances of a stateless resource', async () => {
    expect(await tfvars('replicas = 2\nworkers = 4\n', 'replicas = 3\nworkers = 0\n', 1)).toEqual([]);
  });

  it('reads nothing into a tfvars file without its module', async () => {
    const file = modifiedFile('infra/prod/terraform.tfvars', 'replicas = 2\n', 'replicas = 0\n', [[1, 1]]);
    expect((await check(changeSetOf([file]), defaultPolicy())).findings).toEqual([]);
  });
});
