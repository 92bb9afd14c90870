import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Key Vault soft delete cut from 90 to 7 days
    {
      code: 'resource "azurerm_key_vault" "app" {\n  soft_delete_retention_days = 7\n}\n',
      path: 'infra/azure/kv.tf',
      base: 'resource "azurerm_key_vault" "app" {\n  soft_delete_retention_days = 90\n}\n',
      line: 2,
      messageId: 'shortened',
    },
    // Azure SQL point-in-time retention cut
    {
      code: 'resource "azurerm_mssql_database" "orders" {\n  short_term_retention_policy {\n    retention_days = 1\n  }\n}\n',
      path: 'infra/azure/db.tf',
      base: 'resource "azurerm_mssql_database" "orders" {\n  short_term_retention_policy {\n    retention_days = 35\n  }\n}\n',
      line: 3,
      messageId: 'shortened',
    },
    // blob soft delete removed from a storage account
    {
      code: 'resource "azurerm_storage_account" "uploads" {\n  blob_properties {\n  }\n}\n',
      path: 'infra/azure/storage.tf',
      base: 'resource "azurerm_storage_account" "uploads" {\n  blob_properties {\n    delete_retention_policy {\n      days = 30\n    }\n  }\n}\n',
      line: 4,
      side: 'base',
      messageId: 'removed',
    },
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
    // soft delete lengthened
    {
      code: 'resource "azurerm_storage_account" "uploads" {\n  blob_properties {\n    delete_retention_policy {\n      days = 30\n    }\n  }\n}\n',
      path: 'infra/azure/storage.tf',
      base: 'resource "azurerm_storage_account" "uploads" {\n  blob_properties {\n    delete_retention_policy {\n      days = 7\n    }\n  }\n}\n',
    },
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
    "infra/azure/kv.tf:2:3 iac/terraform-backup-retention
    2 |   soft_delete_retention_days = 7
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ azurerm_key_vault.app: soft_delete_retention_days goes from 90 to 7; older backups are deleted

    infra/azure/db.tf:3:5 iac/terraform-backup-retention
    3 |     retention_days = 1
      |     ^^^^^^^^^^^^^^^^^^ azurerm_mssql_database.orders: short_term_retention_policy.retention_days goes from 35 to 1; older backups are deleted

    infra/azure/storage.tf:4:7 iac/terraform-backup-retention
    4 |       days = 30
      |       ^^^^^^^^^ azurerm_storage_account.uploads: blob_properties.delete_retention_policy.days = 30 is removed and the provider default drops the backups (base side)

    infra/prod/db.tf:2:3 iac/terraform-backup-retention
    2 |   backup_retention_period = 0
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_rds_cluster.main: backup_retention_period goes from 7 to 0; older backups are deleted

    infra/prod/db.tf:2:3 iac/terraform-backup-retention
    2 |   backup_retention_period = 3
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_rds_cluster.main: backup_retention_period goes from 35 to 3; older backups are deleted"
  `);
});
