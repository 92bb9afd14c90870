import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../../src/core/types.js';
import { check } from '../../../src/engine/engine.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../helpers/change-set.js';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // the for_each line is unchanged: the local that feeds it loses a key
    {
      code: 'locals {\n  buckets = toset(["us", "ap"])\n}\n\nresource "google_storage_bucket" "archive" {\n  for_each = local.buckets\n  name     = "acme-${each.key}"\n}\n',
      path: 'infra/prod/buckets.tf',
      base: 'locals {\n  buckets = toset(["us", "eu", "ap"])\n}\n\nresource "google_storage_bucket" "archive" {\n  for_each = local.buckets\n  name     = "acme-${each.key}"\n}\n',
      line: 2,
      messageId: 'through',
    },
    // count lowered from 3 to 1
    {
      code: 'resource "aws_ebs_volume" "data" {\n  count = 1\n  size  = 100\n}\n',
      path: 'infra/prod/ebs.tf',
      base: 'resource "aws_ebs_volume" "data" {\n  count = 3\n  size  = 100\n}\n',
      line: 2,
      messageId: 'fewer',
    },
    // count to 0 on a database
    {
      code: 'resource "aws_db_instance" "replica" {\n  count      = 0\n  identifier = "replica"\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_db_instance" "replica" {\n  identifier = "replica"\n}\n',
      line: 2,
      messageId: 'fewer',
    },
  ],
  valid: [
    // count raised
    {
      code: 'resource "aws_ebs_volume" "data" {\n  count = 3\n  size  = 100\n}\n',
      path: 'infra/prod/ebs.tf',
      base: 'resource "aws_ebs_volume" "data" {\n  count = 2\n  size  = 100\n}\n',
    },
    // a stateless resource scaled to zero
    {
      code: 'resource "aws_instance" "bastion" {\n  count = 0\n}\n',
      path: 'infra/prod/ec2.tf',
      base: 'resource "aws_instance" "bastion" {\n  count = 1\n}\n',
    },
  ],
};

ruleTester('iac/terraform-instances-reduced', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-instances-reduced', cases.invalid)).toMatchInlineSnapshot(`
    "infra/prod/buckets.tf:2:3 iac/terraform-instances-reduced
    2 |   buckets = toset(["us", "ap"])
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_storage_bucket.archive: for_each no longer has "eu" because local.buckets changes here; terraform apply destroys google_storage_bucket.archive["eu"] with its data

    infra/prod/ebs.tf:2:3 iac/terraform-instances-reduced
    2 |   count = 1
      |   ^^^^^^^^^ aws_ebs_volume.data: count goes from 3 to 1; terraform apply destroys aws_ebs_volume.data[1] to aws_ebs_volume.data[2] with its data

    infra/prod/db.tf:2:3 iac/terraform-instances-reduced
    2 |   count      = 0
      |   ^^^^^^^^^^^^^^ aws_db_instance.replica: count becomes 0; terraform apply destroys every instance with its data"
  `);
});

describe('a count decided by a variable default or a local in another file', () => {
  const search = [
    'resource "aws_opensearch_domain" "search" {',
    '  count       = var.enable_search ? 1 : 0',
    '  domain_name = "search"',
    '}',
    '',
  ].join('\n');
  const variables = (value: string) =>
    ['variable "enable_search" {', '  type    = bool', `  default = ${value}`, '}', ''].join('\n');
  const run = (files: ChangedFile[], neighbours: { path: string; text: string }[]) =>
    check(changeSetOf(files, { neighbours }), defaultPolicy()).then((d) =>
      d.findings
        .filter((f) => f.ruleId === 'iac/terraform-instances-reduced')
        .map((f) => `${f.path}:${f.line} ${f.message}`),
    );

  it('reports the default that turns the unchanged count to 0, at the default', async () => {
    const found = await run(
      [changedFile('infra/variables.tf', variables('true'), variables('false'))],
      [{ path: 'infra/search.tf', text: search }],
    );
    expect(found).toEqual([
      'infra/variables.tf:3 aws_opensearch_domain.search: count becomes 0 because var.enable_search changes here; terraform apply destroys every instance with its data',
    ]);
  });

  it('stays quiet when the default turns it on, or when every stack sets the variable', async () => {
    expect(
      await run(
        [changedFile('infra/variables.tf', variables('false'), variables('true'))],
        [{ path: 'infra/search.tf', text: search }],
      ),
    ).toEqual([]);
    expect(
      await run(
        [changedFile('infra/variables.tf', variables('true'), variables('false'))],
        [
          { path: 'infra/search.tf', text: search },
          { path: 'infra/prod.tfvars', text: 'enable_search = true\n' },
        ],
      ),
    ).toEqual([]);
  });
});
