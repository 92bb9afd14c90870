import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a Google SQL instance set to false
    {
      code: 'resource "google_sql_database_instance" "main" {\n  name                = "app"\n  deletion_protection = false\n}\n',
      path: 'infra/gcp/sql.tf',
      base: 'resource "google_sql_database_instance" "main" {\n  name                = "app"\n  deletion_protection = true\n}\n',
      line: 3,
      messageId: 'set',
    },
    // termination_protection removed from a CloudFormation stack resource
    {
      code: 'resource "aws_cloudformation_stack" "core" {\n  name = "core"\n}\n',
      path: 'infra/prod/stack.tf',
      base: 'resource "aws_cloudformation_stack" "core" {\n  name                   = "core"\n  termination_protection = true\n}\n',
      line: 3,
      side: 'base',
    },
  ],
  valid: [
    // set to true on a new resource
    { code: 'resource "aws_rds_cluster" "main" {\n  deletion_protection = true\n}\n', path: 'infra/prod/db.tf' },
    // a comment beside an unchanged setting
    {
      code: 'resource "aws_rds_cluster" "main" {\n  # keep this on\n  deletion_protection = true\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_rds_cluster" "main" {\n  deletion_protection = true\n}\n',
    },
  ],
};

ruleTester('iac/terraform-deletion-protection', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-deletion-protection', cases.invalid)).toMatchInlineSnapshot(`
    "infra/gcp/sql.tf:3:3 iac/terraform-deletion-protection
    3 |   deletion_protection = false
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_sql_database_instance.main: deletion_protection is false (was true); the provider no longer refuses to delete it

    infra/prod/stack.tf:3:3 iac/terraform-deletion-protection
    3 |   termination_protection = true
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_cloudformation_stack.core: termination_protection = true is removed and the provider default is off; the provider no longer refuses to delete it (base side)"
  `);
});
