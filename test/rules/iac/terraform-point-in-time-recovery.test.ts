import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // the block removed
    {
      code: 'resource "aws_dynamodb_table" "orders" {\n  name = "orders"\n}\n',
      path: 'infra/prod/dynamodb.tf',
      base: 'resource "aws_dynamodb_table" "orders" {\n  name = "orders"\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n',
      line: 4,
      side: 'base',
    },
    // Cloud SQL point_in_time_recovery_enabled off
    {
      code: 'resource "google_sql_database_instance" "main" {\n  settings {\n    backup_configuration {\n      point_in_time_recovery_enabled = false\n    }\n  }\n}\n',
      path: 'infra/gcp/sql.tf',
      base: 'resource "google_sql_database_instance" "main" {\n  settings {\n    backup_configuration {\n      point_in_time_recovery_enabled = true\n    }\n  }\n}\n',
      line: 4,
    },
  ],
  valid: [
    // turned on
    {
      code: 'resource "google_sql_database_instance" "main" {\n  settings {\n    backup_configuration {\n      point_in_time_recovery_enabled = true\n    }\n  }\n}\n',
      path: 'infra/gcp/sql.tf',
      base: 'resource "google_sql_database_instance" "main" {\n  settings {\n    backup_configuration {\n      point_in_time_recovery_enabled = false\n    }\n  }\n}\n',
    },
    // a new table with it on
    {
      code: 'resource "aws_dynamodb_table" "orders" {\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n',
      path: 'infra/prod/dynamodb.tf',
    },
  ],
};

ruleTester('iac/terraform-point-in-time-recovery', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-point-in-time-recovery', cases.invalid)).toMatchInlineSnapshot(`
    "infra/prod/dynamodb.tf:4:5 iac/terraform-point-in-time-recovery
    4 |     enabled = true
      |     ^^^^^^^^^^^^^^ aws_dynamodb_table.orders: point_in_time_recovery.enabled = true is removed and the default is off; point-in-time recovery stops (base side)

    infra/gcp/sql.tf:4:7 iac/terraform-point-in-time-recovery
    4 |       point_in_time_recovery_enabled = false
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_sql_database_instance.main: settings.backup_configuration.point_in_time_recovery_enabled is false (was true); the data can no longer be restored to a moment before a bad write or delete"
  `);
});
