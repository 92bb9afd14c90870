import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // pymongo, the collection as an attribute
    {
      code: 'from pymongo import MongoClient\n\ndb = MongoClient(MONGO_URL).shop\ndb.orders.drop()\n',
      path: 'ops/reset_orders.py',
      line: 4,
      messageId: 'wipe',
    },
    // the Elasticsearch JavaScript client deleting an index
    {
      code: "const { Client } = require('@elastic/elasticsearch');\nconst es = new Client({ node: ES_URL });\nawait es.indices.delete({ index: 'orders' });\n",
      path: 'scripts/reindex.js',
      line: 3,
      messageId: 'wipe',
    },
  ],
  valid: [
    {
      code: "import Redis from 'ioredis';\nconst redis = new Redis(process.env.REDIS_URL);\nawait redis.del('warm:lock');\n",
      path: 'src/cache/boot.ts',
    },
    {
      code: 'from pymongo import MongoClient\n\ndb = MongoClient(MONGO_URL).shop\ndb.orders.delete_one({"_id": order_id})\n',
      path: 'ops/orders.py',
    },
  ],
};

ruleTester('code/datastore-wipe', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/datastore-wipe', cases.invalid)).toMatchInlineSnapshot(`
    "ops/reset_orders.py:4:1 code/datastore-wipe
    4 | db.orders.drop()
      | ^^^^^^^^^^^^^^^^ orders.drop drops the MongoDB collection and every document in it

    scripts/reindex.js:3:7 code/datastore-wipe
    3 | await es.indices.delete({ index: 'orders' });
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ indices.delete deletes the search index orders and every document in it"
  `);
});

it('reports a MongoDB database dropped through the Java and Go drivers, not a collection fetched', async () => {
  const lines = async (code: string, path: string) =>
    (await findingsOf(code, path)).filter((f) => f.ruleId === 'code/datastore-wipe').map((f) => f.line);
  const java = [
    'class Reset {',
    '  void run(MongoClient client) {',
    '    client.getDatabase("app").drop();',
    '    client.getDatabase("app").getCollection("users").find();',
    '  }',
    '}',
    '',
  ].join('\n');
  expect(await lines(java, 'src/main/java/com/acme/Reset.java')).toEqual([3]);
  const go =
    'package store\n\nfunc Reset(ctx context.Context, c *mongo.Client) error {\n\treturn c.Database("app").Drop(ctx)\n}\n';
  expect(await lines(go, 'internal/store/reset.go')).toEqual([4]);
});

it('reads a Redis Lua script that flushes, or lists every key and deletes it, not one bound to its caller', async () => {
  const lines = async (code: string, path: string) =>
    (await findingsOf(code, path)).filter((f) => f.ruleId === 'code/datastore-wipe').map((f) => f.line);
  const python = [
    'import redis',
    'r = redis.Redis()',
    'r.eval("return redis.call(\'FLUSHALL\')", 0)',
    "r.eval(\"for _, k in ipairs(redis.call('keys', '*')) do redis.call('del', k) end\", 0)",
    "r.eval(\"for _, k in ipairs(redis.call('keys', ARGV[1])) do redis.call('del', k) end\", 0, pattern)",
    'r.eval("return redis.call(\'GET\', KEYS[1])", 1, key)',
    '',
  ].join('\n');
  expect(await lines(python, 'ops/lua.py')).toEqual([3, 4]);
  const ts = "redis.defineCommand('wipe', { numberOfKeys: 0, lua: \"return redis.call('flushdb')\" });\n";
  expect(await lines(ts, 'src/cache.ts')).toEqual([1]);
  const go = 'package cache\n\nvar wipe = redis.NewScript(`return redis.call("FLUSHALL")`)\n';
  expect(await lines(go, 'internal/cache/wipe.go')).toEqual([3]);
});

it('reads a Firestore recursive delete of one document tree as cleanup in a deletion trigger, and as a wipe elsewhere', async () => {
  const code = [
    "import { getFirestore } from 'firebase-admin/firestore';",
    'const db = getFirestore();',
    'export const forget = auth.user().onDelete(async ({ uid }) => {',
    "  await db.recursiveDelete(db.collection('users').doc(uid));",
    "  await db.recursiveDelete(db.collection('users').doc(uid).collection('orders'));",
    '  await db.recursiveDelete(db.doc(`carts/${uid}`));',
    "  await db.recursiveDelete(db.collection('users'));",
    "  await db.recursiveDelete(db.collection('users').doc(uid).parent);",
    '});',
    "const orders = db.collection('orders');",
    'await db.recursiveDelete(orders);',
    '',
  ].join('\n');
  const wipes = async (text: string, path: string) =>
    (await findingsOf(text, path)).filter((f) => f.ruleId === 'code/datastore-wipe');
  expect((await wipes(code, 'functions/src/forget.ts')).map((f) => `${f.line} ${f.message}`)).toEqual([
    '7 db.recursiveDelete deletes the Firestore collection and everything under it',
    '8 db.recursiveDelete deletes the Firestore collection and everything under it',
    '11 db.recursiveDelete deletes the Firestore collection and everything under it',
  ]);
  // A tenant's whole tree reset outside any trigger is the tenant's data gone; one owner's subcollection is scoped.
  const reset =
    "export async function resetWorkspace(id: string) {\n  await db.recursiveDelete(db.collection('workspaces').doc(id));\n  await db.recursiveDelete(db.collection('users').doc(id).collection('cart_items'));\n}\n";
  expect((await wipes(reset, 'functions/src/reset.ts')).map((f) => `${f.line} ${f.message}`)).toEqual([
    '2 db.recursiveDelete deletes the Firestore document and every subcollection under it',
  ]);
  const python =
    'from google.cloud import firestore\n\ndb = firestore.Client()\n\n@on_document_deleted(document="users/{uid}")\ndef forget(event):\n    db.recursive_delete(db.collection("users").document(uid))\n    db.recursive_delete(db.collection("users"))\n';
  expect((await wipes(python, 'ops/forget.py')).map((f) => f.line)).toEqual([8]);
});
