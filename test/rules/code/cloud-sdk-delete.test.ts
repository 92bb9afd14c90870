import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // boto3 DynamoDB delete_table through a resource client
    {
      code: 'import boto3\n\nddb = boto3.client("dynamodb", region_name="eu-west-1")\nddb.delete_table(TableName="orders")\n',
      path: 'ops/drop_table.py',
      line: 4,
      messageId: 'operation',
    },
    // AWS SDK v3 DeleteBucketCommand
    {
      code: "import { S3Client, DeleteBucketCommand } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({});\nawait s3.send(new DeleteBucketCommand({ Bucket: 'acme-uploads' }));\n",
      path: 'scripts/teardown.ts',
      line: 3,
      messageId: 'operation',
    },
  ],
  valid: [
    {
      code: 'import boto3\n\nddb = boto3.client("dynamodb")\nddb.describe_table(TableName="orders")\n',
      path: 'ops/inspect.py',
    },
    // a command class imported but not sent
    {
      code: "import { ListBucketsCommand } from '@aws-sdk/client-s3';\nawait s3.send(new ListBucketsCommand({}));\n",
      path: 'scripts/list.ts',
    },
  ],
};

ruleTester('code/cloud-sdk-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/cloud-sdk-delete', cases.invalid)).toMatchInlineSnapshot(`
    "ops/drop_table.py:4:5 code/cloud-sdk-delete
    4 | ddb.delete_table(TableName="orders")
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ddb.delete_table deletes the table and every item in it

    scripts/teardown.ts:3:15 code/cloud-sdk-delete
    3 | await s3.send(new DeleteBucketCommand({ Bucket: 'acme-uploads' }));
      |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ new DeleteBucketCommand deletes the storage bucket"
  `);
});

it('reports a boto3 Table resource deleted and a whole-bucket listing handed to DeleteObjects', async () => {
  const lines = async (code: string, path: string) =>
    (await findingsOf(code, path)).filter((f) => f.ruleId === 'code/cloud-sdk-delete').map((f) => f.line);
  const py = [
    'import boto3',
    'dynamodb = boto3.resource("dynamodb")',
    'table = dynamodb.Table("orders")',
    'table.delete()',
    'dynamodb.Table("carts").delete()',
    'table.delete_item(Key={"pk": "a"})',
    '',
  ].join('\n');
  expect(await lines(py, 'ops/drop.py')).toEqual([4, 5]);
  const whole = [
    'const listed = await s3.send(new ListObjectsV2Command({ Bucket }));',
    'const Objects = (listed.Contents ?? []).map((o) => ({ Key: o.Key }));',
    'await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects } }));',
    '',
  ].join('\n');
  expect(await lines(whole, 'src/jobs/purge.ts')).toEqual([3]);
  const prefixed = whole.replace('({ Bucket })', '({ Bucket, Prefix: `users/${id}/` })');
  expect(await lines(prefixed, 'src/jobs/purge.ts')).toEqual([]);
});
