import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // added to an existing cluster
    {
      code: 'resource "aws_rds_cluster" "main" {\n  cluster_identifier  = "app"\n  skip_final_snapshot = true\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_rds_cluster" "main" {\n  cluster_identifier = "app"\n}\n',
      line: 3,
      messageId: 'set',
    },
    // a quoted "true" in a module folder
    {
      code: 'resource "aws_db_instance" "main" {\n  skip_final_snapshot = "true"\n}\n',
      path: 'terraform/modules/db/main.tf',
      base: 'resource "aws_db_instance" "main" {\n  skip_final_snapshot = false\n}\n',
      line: 2,
    },
  ],
  valid: [
    {
      code: 'resource "aws_db_instance" "main" {\n  skip_final_snapshot       = false\n  final_snapshot_identifier = "app-final"\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_db_instance" "main" {\n  skip_final_snapshot = false\n}\n',
    },
    // the setting in a comment
    {
      code: 'resource "aws_db_instance" "main" {\n  # skip_final_snapshot = true\n  identifier = "app"\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
    },
  ],
};

ruleTester('iac/terraform-final-snapshot', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-final-snapshot', cases.invalid)).toMatchInlineSnapshot(`
    "infra/prod/db.tf:3:3 iac/terraform-final-snapshot
    3 |   skip_final_snapshot = true
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_rds_cluster.main: skip_final_snapshot is true (was unset); destroying the database leaves no final snapshot

    terraform/modules/db/main.tf:2:3 iac/terraform-final-snapshot
    2 |   skip_final_snapshot = "true"
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_db_instance.main: skip_final_snapshot is "true" (was false); destroying the database leaves no final snapshot"
  `);
});
