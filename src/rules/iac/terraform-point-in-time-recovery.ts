import { protectionRule } from './lib/terraform-protection-rule.js';

export const terraformPointInTimeRecovery = protectionRule('point-in-time-recovery', {
  description:
    'Point-in-time recovery (DynamoDB, Cloud SQL, binary logs, Azure blob restore) is turned off, shortened or its setting removed.',
  messages: {
    set: '{address}: {attribute} is {value} (was {before}); the data can no longer be restored to a moment before a bad write or delete',
    removed: '{address}: {attribute} = {before} is removed and the default is off; point-in-time recovery stops',
    shortened: '{address}: {attribute} is weakened',
    resourceRemoved: '{address} goes with its {attribute} setting',
  },
  examples: {
    invalid: [
      {
        path: 'modules/carts/dynamodb.tf',
        base: 'resource "aws_dynamodb_table" "carts" {\n  name = "carts"\n\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n',
        code: 'resource "aws_dynamodb_table" "carts" {\n  name = "carts"\n\n  point_in_time_recovery {\n    enabled = false\n  }\n}\n',
        line: 5,
      },
    ],
    valid: [
      {
        path: 'modules/carts/dynamodb.tf',
        base: 'resource "aws_dynamodb_table" "carts" {\n  point_in_time_recovery {\n    enabled = false\n  }\n}\n',
        code: 'resource "aws_dynamodb_table" "carts" {\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n',
      },
    ],
  },
});
