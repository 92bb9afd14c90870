import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // retention set to 0 on a cluster
    {
      code: 'resource "aws_rds_cluster" "main" {\n  backup_retention_period = 0\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_rds_cluster" "main" {\n  backup_retention_period = 7\n}\n',
      line: 2,
    },
    // a cluster keeps backups for less time
    {
      code: 'resource "aws_rds_cluster" "main" {\n  backup_retention_period = 3\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_rds_cluster" "main" {\n  backup_retention_period = 35\n}\n',
      line: 2,
      messageId: 'shortened',
    },
  ],
  valid: [
    // the setting removed: the provider keeps the current value (optional and computed)
    {
      code: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_db_instance" "main" {\n  identifier              = "app"\n  backup_retention_period = 30\n}\n',
    },
    // unchanged retention, a tag added
    {
      code: 'resource "aws_db_instance" "main" {\n  backup_retention_period = 14\n  tags                    = { team = "core" }\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_db_instance" "main" {\n  backup_retention_period = 14\n}\n',
    },
    // delete_automated_backups turned off
    {
      code: 'resource "aws_db_instance" "main" {\n  delete_automated_backups = false\n}\n',
      path: 'infra/prod/db.tf',
      base: 'resource "aws_db_instance" "main" {\n  delete_automated_backups = true\n}\n',
    },
  ],
};

ruleTester('iac/terraform-backup-retention', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-backup-retention', cases.invalid)).toMatchInlineSnapshot(`
    "infra/prod/db.tf:2:3 iac/terraform-backup-retention
    2 |   backup_retention_period = 0
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_rds_cluster.main: backup_retention_period goes from 7 to 0; older backups are deleted

    infra/prod/db.tf:2:3 iac/terraform-backup-retention
    2 |   backup_retention_period = 3
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_rds_cluster.main: backup_retention_period goes from 35 to 3; older backups are deleted"
  `);
});
