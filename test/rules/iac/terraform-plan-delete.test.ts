import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a bucket deleted, create_before_destroy order
    {
      code: '{\n  "format_version": "1.2",\n  "resource_changes": [\n    {\n      "address": "aws_s3_bucket.uploads",\n      "mode": "managed",\n      "type": "aws_s3_bucket",\n      "name": "uploads",\n      "change": { "actions": ["create", "delete"] }\n    }\n  ]\n}\n',
      path: 'plans/prod.tfplan.json',
      line: 5,
      messageId: 'replace',
    },
    // a module resource deleted, in a plan named plan.json
    {
      code: '{\n  "format_version": "1.2",\n  "resource_changes": [\n    {\n      "address": "module.db.aws_rds_cluster.this[0]",\n      "module_address": "module.db",\n      "mode": "managed",\n      "type": "aws_rds_cluster",\n      "name": "this",\n      "change": { "actions": ["delete"] }\n    }\n  ]\n}\n',
      path: 'infra/prod/plan.json',
      line: 5,
      messageId: 'delete',
    },
  ],
  valid: [
    // a data source read
    {
      code: '{\n  "format_version": "1.2",\n  "resource_changes": [\n    {\n      "address": "data.aws_s3_bucket.logs",\n      "mode": "data",\n      "type": "aws_s3_bucket",\n      "name": "logs",\n      "change": { "actions": ["read"] }\n    }\n  ]\n}\n',
      path: 'plans/prod.tfplan.json',
    },
    // a no-op
    {
      code: '{\n  "format_version": "1.2",\n  "resource_changes": [\n    {\n      "address": "aws_db_instance.main",\n      "mode": "managed",\n      "type": "aws_db_instance",\n      "name": "main",\n      "change": { "actions": ["no-op"] }\n    }\n  ]\n}\n',
      path: 'plans/prod.tfplan.json',
    },
  ],
};

ruleTester('iac/terraform-plan-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-plan-delete', cases.invalid)).toMatchInlineSnapshot(`
    "plans/prod.tfplan.json:5:7 iac/terraform-plan-delete
    5 |       "address": "aws_s3_bucket.uploads",
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the plan replaces aws_s3_bucket.uploads (aws_s3_bucket) with create before destroy: applying it destroys the existing resource and its data and creates an empty one

    infra/prod/plan.json:5:7 iac/terraform-plan-delete
    5 |       "address": "module.db.aws_rds_cluster.this[0]",
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the plan deletes module.db.aws_rds_cluster.this[0] (aws_rds_cluster): applying it destroys the resource and its data"
  `);
});
