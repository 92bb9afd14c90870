import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // go-redis: every key listed, then deleted
    {
      code: 'package cache\n\nfunc Wipe(ctx context.Context, rdb *redis.Client) error {\n\tkeys, err := rdb.Keys(ctx, "*").Result()\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn rdb.Del(ctx, keys...).Err()\n}\n',
      path: 'internal/cache/wipe.go',
      line: 8,
      messageId: 'fed',
    },
    // the DynamoDB document client: a scan fed to a batch write of delete requests
    {
      code: "export async function purge(doc: DynamoDBDocumentClient) {\n  const { Items } = await doc.send(new ScanCommand({ TableName: 'orders' }));\n  await doc.send(\n    new BatchWriteCommand({\n      RequestItems: { orders: Items!.map((i) => ({ DeleteRequest: { Key: { id: i.id } } })) },\n    }),\n  );\n}\n",
      path: 'scripts/purge-orders.ts',
      line: 4,
      messageId: 'fed',
    },
    // Azure Blob Storage: the container listed with no prefix, its blobs deleted in one call
    {
      code: "container_client = ContainerClient.from_connection_string(CONN, 'uploads')\nblobs = [b.name for b in container_client.list_blobs()]\ncontainer_client.delete_blobs(*blobs)\n",
      path: 'ops/clear_uploads.py',
      line: 3,
      messageId: 'fed',
    },
    // Elixir's Redix: KEYS * walked by a callback that sends DEL
    {
      code: 'defmodule Acme.Cache do\n  def wipe(conn) do\n    {:ok, keys} = Redix.command(conn, ["KEYS", "*"])\n    Enum.each(keys, fn k -> Redix.command(conn, ["DEL", k]) end)\n  end\nend\n',
      path: 'lib/acme/cache.ex',
      line: 4,
      messageId: 'fed',
    },
    // Rails: every record of the model, destroyed one by one in a block
    {
      code: 'task purge: :environment do\n  Order.find_each(batch_size: 500) do |order|\n    order.destroy\n  end\nend\n',
      path: 'lib/tasks/purge.rake',
      line: 3,
      messageId: 'fed',
    },
  ],
  valid: [
    // the same go-redis shape bounded by a prefix built from the request
    {
      code: 'package cache\n\nfunc Clear(ctx context.Context, rdb *redis.Client, id string) error {\n\tkeys, _ := rdb.Keys(ctx, "session:"+id+":*").Result()\n\treturn rdb.Del(ctx, keys...).Err()\n}\n',
      path: 'internal/cache/clear.go',
    },
    // a helper whose pattern is its caller's: only known at run time
    {
      code: 'async function deleteByPattern(pattern: string) {\n  const keys = await redis.keys(pattern);\n  if (keys.length) await redis.del(...keys);\n}\n',
      path: 'src/cache.ts',
    },
    // an S3 listing bounded by Prefix
    {
      code: "resp = s3.list_objects_v2(Bucket='exports', Prefix=f'jobs/{job_id}/')\ns3.delete_objects(Bucket='exports', Delete={'Objects': [{'Key': o['Key']} for o in resp.get('Contents', [])]})\n",
      path: 'jobs/exports.py',
    },
    // every key listed but only read
    {
      code: "for key in r.scan_iter('*'):\n    print(key, r.ttl(key))\n",
      path: 'ops/audit_keys.py',
    },
    // a filtered Django queryset walked and deleted
    {
      code: 'for order in Order.objects.filter(user=user):\n    order.delete()\n',
      path: 'shop/services.py',
    },
  ],
};

ruleTester('code/delete-over-listing', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/delete-over-listing', cases.invalid)).toMatchInlineSnapshot(`
    "internal/cache/wipe.go:8:13 code/delete-over-listing
    8 |  return rdb.Del(ctx, keys...).Err()
      |             ^^^^^^^^^^^^^^^^^ rdb.Del deletes what rdb.Keys lists, and that listing has no prefix, pattern or filter: everything in the store is deleted

    scripts/purge-orders.ts:4:9 code/delete-over-listing
    4 |     new BatchWriteCommand({
      |         ^^^^^^^^^^^^^^^^^^^ BatchWriteCommand deletes what ScanCommand lists, and that listing has no prefix, pattern or filter: everything in the store is deleted (to line 6)

    ops/clear_uploads.py:3:18 code/delete-over-listing
    3 | container_client.delete_blobs(*blobs)
      |                  ^^^^^^^^^^^^^^^^^^^^ container_client.delete_blobs deletes what container_client.list_blobs lists, and that listing has no prefix, pattern or filter: everything in the store is deleted

    lib/acme/cache.ex:4:35 code/delete-over-listing
    4 |     Enum.each(keys, fn k -> Redix.command(conn, ["DEL", k]) end)
      |                                   ^^^^^^^^^^^^^^^^^^^^^^^^^ Redix.command deletes what Redix.command lists, and that listing has no prefix, pattern or filter: everything in the store is deleted

    lib/tasks/purge.rake:3:11 code/delete-over-listing
    3 |     order.destroy
      |           ^^^^^^^ order.destroy deletes what Order.find_each lists, and that listing has no prefix, pattern or filter: everything in the store is deleted"
  `);
});

const lines = async (code: string, path: string) =>
  (await findingsOf(code, path)).filter((f) => f.ruleId === 'code/delete-over-listing').map((f) => f.line);

it('follows the listing through a splat, a cursor loop, a comprehension, a stream callback and a paginator', async () => {
  const python = [
    'import redis',
    'r = redis.Redis()',
    'r.delete(*r.keys())',
    'def wipe():',
    '    cursor = 0',
    '    while True:',
    '        cursor, keys = r.scan(cursor)',
    '        if keys:',
    '            r.delete(*keys)',
    '        if cursor == 0:',
    '            break',
    'def by_request(sid):',
    "    for k in r.scan_iter(match=f'session:{sid}:*'):",
    '        r.delete(k)',
    'def pages(dynamodb):',
    "    paginator = dynamodb.get_paginator('scan')",
    "    for page in paginator.paginate(TableName='orders'):",
    "        for item in page['Items']:",
    "            dynamodb.delete_item(TableName='orders', Key={'id': item['id']})",
    'for k in r.scan_iter():',
    '    r.expire(k, 0)',
    'for k in r.scan_iter():',
    '    r.expire(k, 3600)',
    '',
  ].join('\n');
  expect(await lines(python, 'ops/wipe.py')).toEqual([3, 9, 19, 21]);
  const ts = [
    'export async function wipe(redis: Redis) {',
    '  const stream = redis.scanStream({ count: 100 });',
    "  stream.on('data', (keys: string[]) => {",
    '    keys.forEach((k) => redis.unlink(k));',
    '  });',
    "  const scoped = redis.scanStream({ match: 'tmp:*' });",
    "  scoped.on('data', (keys: string[]) => keys.forEach((k) => redis.unlink(k)));",
    '}',
    '',
  ].join('\n');
  expect(await lines(ts, 'scripts/wipe.ts')).toEqual([4]);
});

it('reads the stores by their listings: GCS, S3, Firestore, a whole table', async () => {
  const ts = [
    "const bucket = new Storage().bucket('uploads');",
    'const [files] = await bucket.getFiles();',
    'await Promise.all(files.map((f) => f.delete()));',
    'const [mine] = await bucket.getFiles({ prefix: `tmp/${jobId}/` });',
    'await Promise.all(mine.map((f) => f.delete()));',
    "const snap = await db.collection('orders').get();",
    'snap.docs.forEach((d) => batch.delete(d.ref));',
    "const old = await db.collection('orders').where('expired', '==', true).get();",
    'old.docs.forEach((d) => batch.delete(d.ref));',
    'const all = await Order.findAll();',
    'for (const o of all) await o.destroy();',
    '',
  ].join('\n');
  expect(await lines(ts, 'scripts/cleanup.ts')).toEqual([3, 7, 11]);
  const python = [
    "for obj in boto3.resource('s3').Bucket('uploads').objects.all():",
    '    obj.delete()',
    'for order in Order.objects.all():',
    '    order.delete()',
    '',
  ].join('\n');
  expect(await lines(python, 'ops/cleanup.py')).toEqual([2, 4]);
});

it('reads a Prisma findMany with no where, and a Rails batch deleted whole, as listings of the table', async () => {
  const ts = [
    'const all = await prisma.order.findMany({ select: { id: true } });',
    'await prisma.order.deleteMany({ where: { id: { in: all.map((o) => o.id) } } });',
    'const mine = await prisma.order.findMany({ where: { userId } });',
    'for (const o of mine) await prisma.order.delete({ where: { id: o.id } });',
    '',
  ].join('\n');
  expect(await lines(ts, 'scripts/cleanup.ts')).toEqual([2]);
  const ruby = ['Order.in_batches do |batch|', '  batch.delete_all', 'end', ''].join('\n');
  expect(await lines(ruby, 'lib/tasks/cleanup.rake')).toEqual([2]);
});
