import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a prod bucket in code that deletes objects
    {
      code: 'import boto3\n\ns3 = boto3.resource("s3")\ns3.Bucket("acme-prod-uploads").objects.all().delete()\n',
      path: 'ops/empty.py',
      line: 4,
      messageId: 'productionTarget',
    },
    // a production project in a TypeScript teardown
    {
      code: "import { RDSClient, DeleteDBClusterCommand } from '@aws-sdk/client-rds';\nconst id = 'orders-production';\nawait new RDSClient({}).send(new DeleteDBClusterCommand({ DBClusterIdentifier: id }));\n",
      path: 'scripts/teardown.ts',
      line: 2,
      messageId: 'productionTarget',
    },
  ],
  valid: [
    // a prod name in code that only reads
    {
      code: 'import boto3\n\nboto3.client("rds").describe_db_instances(DBInstanceIdentifier="orders-prod")\n',
      path: 'ops/inspect.py',
    },
    {
      code: "const id = 'orders-staging';\nawait rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: id }));\n",
      path: 'scripts/teardown.ts',
    },
  ],
};

ruleTester('code/production-target', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/production-target', cases.invalid)).toMatchInlineSnapshot(`
    "ops/empty.py:4:12 code/production-target
    4 | s3.Bucket("acme-prod-uploads").objects.all().delete()
      |            ^^^^^^^^^^^^^^^^^ "acme-prod-uploads" names production, in code that deletes infrastructure or data

    scripts/teardown.ts:2:13 code/production-target
    2 | const id = 'orders-production';
      |             ^^^^^^^^^^^^^^^^^ "orders-production" names production, in code that deletes infrastructure or data (does not block)"
  `);
});
