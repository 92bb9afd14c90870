import { protectionRule } from './lib/terraform-protection-rule.js';

export const terraformDeletionProtection = protectionRule('deletion-protection', {
  description:
    '`deletion_protection` (or `deletion_protection_enabled`, `termination_protection`, Spanner `enable_drop_protection`, Key Vault `purge_protection_enabled`, Firestore `delete_protection_state`, backup vault soft delete) is turned off or removed, a `deletion_policy` set to delete, or a resource lock or lien removed: the provider will delete the resource when asked.',
  messages: {
    set: '{address}: {attribute} is {value} (was {before}); the provider no longer refuses to delete it',
    removed:
      '{address}: {attribute} = {before} is removed and the provider default is off; the provider no longer refuses to delete it',
    shortened: '{address}: {attribute} is weakened',
    resourceRemoved: '{address} is removed: the lock ({attribute}) that refused deleting what it guards goes with it',
  },
  examples: {
    invalid: [
      {
        path: 'terraform/modules/database/main.tf',
        base: 'resource "aws_db_instance" "main" {\n  identifier          = "app"\n  deletion_protection = true\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier          = "app"\n  deletion_protection = false\n}\n',
        line: 3,
      },
      {
        path: 'infra/prod/db.tf',
        base: 'locals {\n  protect = true\n}\n\nresource "aws_rds_cluster" "main" {\n  deletion_protection = true\n}\n',
        code: 'locals {\n  protect = terraform.workspace == "prod" && false\n}\n\nresource "aws_rds_cluster" "main" {\n  deletion_protection = local.protect\n}\n',
        line: 6,
      },
    ],
    valid: [
      {
        path: 'infra/prod/db.tf',
        base: 'resource "aws_db_instance" "main" {\n  deletion_protection = false\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  deletion_protection = true\n}\n',
      },
      {
        path: 'infra/gcp/sql.tf',
        base: 'resource "google_sql_database_instance" "main" {\n  deletion_protection = true\n}\n',
        code: 'resource "google_sql_database_instance" "main" {\n}\n',
      },
    ],
  },
});
