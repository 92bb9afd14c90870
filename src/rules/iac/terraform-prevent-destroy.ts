import { protectionRule } from './lib/terraform-protection-rule.js';

export const terraformPreventDestroy = protectionRule('prevent-destroy', {
  description:
    '`lifecycle { prevent_destroy = true }` is removed or set to false: nothing stops a plan that destroys the resource.',
  messages: {
    set: '{address}: prevent_destroy is {value} (was {before}); a plan that destroys the resource is no longer refused',
    removed: '{address}: prevent_destroy = {before} is removed; a plan that destroys the resource is no longer refused',
    shortened: '{address}: prevent_destroy is weakened',
    resourceRemoved:
      '{address} goes with its prevent_destroy guard: removing the block removes the guard that would have refused its destruction',
  },
  examples: {
    invalid: [
      {
        path: 'infra/prod/db.tf',
        base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n\n  lifecycle {\n    prevent_destroy = false\n  }\n}\n',
        line: 5,
      },
      {
        path: 'infra/prod/db.tf',
        base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
        line: 5,
        side: 'base',
      },
    ],
    valid: [
      {
        path: 'infra/prod/db.tf',
        base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
        code: 'resource "aws_db_instance" "main" {\n  identifier = "app-v2"\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
      },
    ],
  },
});
