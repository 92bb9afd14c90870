import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Spanner's drop protection and Key Vault purge protection, off where they were on
    {
      code: 'resource "google_spanner_database" "ledger" {\n  name                   = "ledger"\n  enable_drop_protection = false\n}\n',
      path: 'infra/gcp/spanner.tf',
      base: 'resource "google_spanner_database" "ledger" {\n  name                   = "ledger"\n  enable_drop_protection = true\n}\n',
      line: 3,
      messageId: 'set',
    },
    {
      code: 'resource "azurerm_key_vault" "app" {\n  name                     = "kv-app"\n  purge_protection_enabled = false\n}\n',
      path: 'infra/azure/kv.tf',
      base: 'resource "azurerm_key_vault" "app" {\n  name                     = "kv-app"\n  purge_protection_enabled = true\n}\n',
      line: 3,
      messageId: 'set',
    },
    // Cloud SQL's API-level protection, inside settings
    {
      code: 'resource "google_sql_database_instance" "main" {\n  settings {\n    deletion_protection_enabled = false\n  }\n}\n',
      path: 'infra/gcp/sql.tf',
      base: 'resource "google_sql_database_instance" "main" {\n  settings {\n    deletion_protection_enabled = true\n  }\n}\n',
      line: 3,
      messageId: 'set',
    },
    // a Bigtable table spells it as a string
    {
      code: 'resource "google_bigtable_table" "events" {\n  name                = "events"\n  deletion_protection = "UNPROTECTED"\n}\n',
      path: 'infra/gcp/bigtable.tf',
      base: 'resource "google_bigtable_table" "events" {\n  name                = "events"\n  deletion_protection = "PROTECTED"\n}\n',
      line: 3,
      messageId: 'set',
    },
    // a CanNotDelete management lock removed with its resource
    {
      code: 'resource "azurerm_resource_group" "data" {\n  name = "rg-data"\n}\n',
      path: 'infra/azure/rg.tf',
      base: 'resource "azurerm_resource_group" "data" {\n  name = "rg-data"\n}\n\nresource "azurerm_management_lock" "data" {\n  name       = "data-lock"\n  scope      = azurerm_resource_group.data.id\n  lock_level = "CanNotDelete"\n}\n',
      line: 8,
      side: 'base',
      messageId: 'resourceRemoved',
    },
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
    // a lock added, or its level made stricter
    {
      code: 'resource "azurerm_management_lock" "data" {\n  name       = "data-lock"\n  scope      = azurerm_resource_group.data.id\n  lock_level = "ReadOnly"\n}\n',
      path: 'infra/azure/locks.tf',
      base: 'resource "azurerm_management_lock" "data" {\n  name       = "data-lock"\n  scope      = azurerm_resource_group.data.id\n  lock_level = "CanNotDelete"\n}\n',
    },
    // Key Vault purge protection turned on
    {
      code: 'resource "azurerm_key_vault" "app" {\n  name                     = "kv-app"\n  purge_protection_enabled = true\n}\n',
      path: 'infra/azure/kv.tf',
      base: 'resource "azurerm_key_vault" "app" {\n  name = "kv-app"\n}\n',
    },
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
    "infra/gcp/spanner.tf:3:3 iac/terraform-deletion-protection
    3 |   enable_drop_protection = false
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_spanner_database.ledger: enable_drop_protection is false (was true); the provider no longer refuses to delete it

    infra/azure/kv.tf:3:3 iac/terraform-deletion-protection
    3 |   purge_protection_enabled = false
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ azurerm_key_vault.app: purge_protection_enabled is false (was true); the provider no longer refuses to delete it

    infra/gcp/sql.tf:3:5 iac/terraform-deletion-protection
    3 |     deletion_protection_enabled = false
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_sql_database_instance.main: settings.deletion_protection_enabled is false (was true); the provider no longer refuses to delete it

    infra/gcp/bigtable.tf:3:3 iac/terraform-deletion-protection
    3 |   deletion_protection = "UNPROTECTED"
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_bigtable_table.events: deletion_protection is "UNPROTECTED" (was "PROTECTED"); the provider no longer refuses to delete it

    infra/azure/rg.tf:8:3 iac/terraform-deletion-protection
    8 |   lock_level = "CanNotDelete"
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ azurerm_management_lock.data is removed: the lock (lock_level) that refused deleting what it guards goes with it (base side)

    infra/gcp/sql.tf:3:3 iac/terraform-deletion-protection
    3 |   deletion_protection = false
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_sql_database_instance.main: deletion_protection is false (was true); the provider no longer refuses to delete it

    infra/prod/stack.tf:3:3 iac/terraform-deletion-protection
    3 |   termination_protection = true
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_cloudformation_stack.core: termination_protection = true is removed and the provider default is off; the provider no longer refuses to delete it (base side)"
  `);
});
