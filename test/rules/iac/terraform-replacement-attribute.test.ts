import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const aurora = (engine: string) =>
  `resource "aws_rds_cluster" "orders" {\n  cluster_identifier = "orders"\n  engine             = "${engine}"\n  master_username    = "orders_admin"\n}\n`;
const table = (rangeKey: string) =>
  `resource "aws_dynamodb_table" "events" {\n  name         = "events"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "tenant_id"\n${rangeKey}}\n`;
const db = (identifier: string, extra = '') =>
  `variable "db_name" {\n  type = string\n}\n\nlocals {\n  name = "orders"\n}\n\nresource "aws_db_instance" "main" {\n  identifier     = ${identifier}\n  engine         = "postgres"\n  instance_class = "db.r6g.large"\n${extra}}\n`;

const cases: RuleCases = {
  invalid: [
    // Bigtable split keys and an Azure storage account's tier force new resources
    {
      code: 'resource "google_bigtable_table" "events" {\n  name       = "events"\n  split_keys = ["a", "h", "m"]\n}\n',
      path: 'infra/gcp/bigtable.tf',
      base: 'resource "google_bigtable_table" "events" {\n  name       = "events"\n  split_keys = ["a", "m"]\n}\n',
      line: 3,
      messageId: 'changed',
    },
    {
      code: 'resource "azurerm_storage_account" "uploads" {\n  name         = "stuploads"\n  account_tier = "Premium"\n}\n',
      path: 'infra/azure/storage.tf',
      base: 'resource "azurerm_storage_account" "uploads" {\n  name         = "stuploads"\n  account_tier = "Standard"\n}\n',
      line: 3,
      messageId: 'changed',
    },
    // Aurora MySQL to Aurora PostgreSQL: a new cluster, not an upgrade
    {
      code: aurora('aurora-postgresql'),
      path: 'infra/aurora.tf',
      base: aurora('aurora-mysql'),
      line: 3,
      messageId: 'changed',
      data: {
        address: 'aws_rds_cluster.orders',
        attribute: 'engine',
        before: '"aurora-mysql"',
        after: '"aurora-postgresql"',
        store: 'RDS/Aurora cluster',
      },
    },
    // the sort key of a table removed
    {
      code: table(''),
      path: 'infra/dynamodb.tf',
      base: table('  range_key    = "created_at"\n'),
      line: 5,
      side: 'base',
      messageId: 'removed',
    },
    // a literal identifier replaced by a variable without a default
    {
      code: db('var.db_name'),
      path: 'infra/rds.tf',
      base: db('"orders"'),
      line: 10,
      messageId: 'maybe',
    },
    // ignore_changes on another attribute does not cover the identifier
    {
      code: db('"orders-v2"', '\n  lifecycle {\n    ignore_changes = [tags]\n  }\n'),
      path: 'infra/rds.tf',
      base: db('"orders"'),
      line: 10,
      messageId: 'changed',
    },
    // the identifier line is unchanged; the local it reads is renamed
    {
      code: db('local.name').replace('name = "orders"', 'name = "orders-eu"'),
      path: 'infra/rds.tf',
      base: db('local.name'),
      line: 6,
      messageId: 'through',
      data: {
        address: 'aws_db_instance.main',
        attribute: 'identifier',
        before: '"orders"',
        after: '"orders-eu"',
        store: 'RDS DB instance',
        cause: 'local.name',
      },
    },
  ],
  valid: [
    // the local is rewritten to the same value
    {
      code: db('local.name').replace('name = "orders"', 'name = "ord${"ers"}"'),
      path: 'infra/rds.tf',
      base: db('local.name'),
    },
    // the instance class changes in place
    {
      code: db('"orders"').replace('db.r6g.large', 'db.r6g.xlarge'),
      path: 'infra/rds.tf',
      base: db('"orders"'),
    },
    // the same name, now through a local that evaluates to it
    { code: db('local.name'), path: 'infra/rds.tf', base: db('"orders"') },
    // a new table: nothing to replace
    { code: table('  range_key    = "created_at"\n'), path: 'infra/dynamodb.tf' },
    // ignore_changes = all
    {
      code: db('"orders-v2"', '\n  lifecycle {\n    ignore_changes = all\n  }\n'),
      path: 'infra/rds.tf',
      base: db('"orders"'),
    },
  ],
};

ruleTester('iac/terraform-replacement-attribute', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-replacement-attribute', cases.invalid)).toMatchInlineSnapshot(`
    "infra/gcp/bigtable.tf:3:3 iac/terraform-replacement-attribute
    3 |   split_keys = ["a", "h", "m"]
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_bigtable_table.events: split_keys changes from ["a","m"] to ["a","h","m"]; the provider replaces the Bigtable table, destroying it with its data

    infra/azure/storage.tf:3:3 iac/terraform-replacement-attribute
    3 |   account_tier = "Premium"
      |   ^^^^^^^^^^^^^^^^^^^^^^^^ azurerm_storage_account.uploads: account_tier changes from "Standard" to "Premium"; the provider replaces the Azure storage account, destroying it with its data

    infra/aurora.tf:3:3 iac/terraform-replacement-attribute
    3 |   engine             = "aurora-postgresql"
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_rds_cluster.orders: engine changes from "aurora-mysql" to "aurora-postgresql"; the provider replaces the RDS/Aurora cluster, destroying it with its data

    infra/dynamodb.tf:5:3 iac/terraform-replacement-attribute
    5 |   range_key    = "created_at"
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_dynamodb_table.events: range_key = "created_at" is removed; the provider replaces the DynamoDB table, destroying it with its data (base side)

    infra/rds.tf:10:3 iac/terraform-replacement-attribute
    10 |   identifier     = var.db_name
       |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_db_instance.main: identifier is now an expression, which two-key cannot evaluate before a plan; if it differs from "orders", the provider replaces the RDS DB instance and its data is lost

    infra/rds.tf:10:3 iac/terraform-replacement-attribute
    10 |   identifier     = "orders-v2"
       |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_db_instance.main: identifier changes from "orders" to "orders-v2"; the provider replaces the RDS DB instance, destroying it with its data

    infra/rds.tf:6:3 iac/terraform-replacement-attribute
    6 |   name = "orders-eu"
      |   ^^^^^^^^^^^^^^^^^^ aws_db_instance.main: identifier changes from "orders" to "orders-eu" because local.name changes here; the provider replaces the RDS DB instance, destroying it with its data"
  `);
});
