import { protectionRule } from './lib/terraform-protection-rule.js';

export const terraformFinalSnapshot = protectionRule('final-snapshot', {
  description: '`skip_final_snapshot = true`: when the database is destroyed, no last snapshot is taken.',
  messages: {
    set: '{address}: skip_final_snapshot is {value} (was {before}); destroying the database leaves no final snapshot',
    removed: '{address}: skip_final_snapshot = {before} is removed',
    shortened: '{address}: skip_final_snapshot is weakened',
    resourceRemoved: '{address} goes with its skip_final_snapshot setting',
  },
  examples: {
    invalid: [
      {
        path: 'infra/prod/db.tf',
        base: 'resource "aws_db_instance" "main" {\n  identifier          = "app"\n  skip_final_snapshot = false\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier          = "app"\n  skip_final_snapshot = true\n}\n',
        line: 3,
      },
    ],
    valid: [
      {
        path: 'infra/prod/db.tf',
        base: 'resource "aws_db_instance" "main" {\n  skip_final_snapshot = true\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  skip_final_snapshot = false\n}\n',
      },
    ],
  },
});
