import { protectionRule } from './lib/terraform-protection-rule.js';

export const terraformBackupRetention = protectionRule('backup-retention', {
  description:
    'Automated backups turned off, set to 0 days or kept for a shorter time, or deleted with the database (`delete_automated_backups`); soft delete shortened or removed (Key Vault, Azure blobs, containers and shares, Cloud Storage); Azure SQL short- and long-term retention cut.',
  messages: {
    set: '{address}: {attribute} is {value} (was {before}); the database keeps no automated backups to restore from',
    removed: '{address}: {attribute} = {before} is removed and the provider default drops the backups',
    shortened: '{address}: {attribute} goes from {before} to {value}; older backups are deleted',
    resourceRemoved: '{address} goes with its {attribute} setting',
  },
  examples: {
    invalid: [
      {
        path: 'infra/prod/db.tf',
        base: 'resource "aws_db_instance" "main" {\n  identifier              = "app"\n  backup_retention_period = 14\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier              = "app"\n  backup_retention_period = 1\n}\n',
        line: 3,
      },
      {
        path: 'infra/prod/db.tf',
        base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier               = "app"\n  delete_automated_backups = true\n}\n',
        line: 3,
      },
    ],
    valid: [
      {
        path: 'infra/prod/db.tf',
        base: 'resource "aws_db_instance" "main" {\n  backup_retention_period = 7\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  backup_retention_period = 30\n}\n',
      },
    ],
  },
});
