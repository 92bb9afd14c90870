import type { Rule } from '../../core/rule.js';
import { label } from '../../parsers/code/executed.js';
import { propertiesOf, type CodeCall } from '../../parsers/code/read.js';
import { evaluate } from '../../parsers/code/values.js';
import type { CodeDocument } from './lib/document.js';

type MessageId = 'wipe';

/** Raw Redis commands that empty a database, sent through a client's generic command call. */
const REDIS_WIPES: Record<string, string> = {
  FLUSHALL: 'deletes every key of every Redis database',
  FLUSHDB: 'deletes every key of the Redis database',
};
const RAW_COMMAND_CALLS = new Set([
  'call',
  'sendCommand',
  'send_command',
  'execute_command',
  'Do',
  'command',
  // Elixir's Redix
  'command!',
]);

export const datastoreWipe: Rule<CodeDocument, MessageId> = {
  meta: {
    id: 'code/datastore-wipe',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A client call that empties or drops a datastore outside SQL: a MongoDB database or collection `drop()` or `remove({})`, an Elasticsearch/OpenSearch index deletion or `delete_by_query` over `match_all`, a Firestore `recursiveDelete`, Redis `FLUSHALL`/`FLUSHDB` (go-redis, raw commands).',
    messages: { wipe: '{call} {what}' },
    examples: {
      invalid: [
        {
          code: "module.exports = {\n  async up(db) {\n    await db.collection('events').drop();\n  },\n};\n",
          line: 3,
          path: 'scripts/reset-events.js',
        },
        {
          code: 'from elasticsearch import Elasticsearch\n\nes = Elasticsearch(ES_URL)\nes.indices.delete(index="orders-*")\n',
          line: 4,
          path: 'ops/reindex.py',
        },
        {
          code: "await client.deleteByQuery({ index: 'orders', query: { match_all: {} } });\n",
          line: 1,
          path: 'scripts/purge.ts',
        },
        {
          code: 'package cache\n\nfunc Warm(ctx context.Context, rdb *redis.Client) {\n\trdb.FlushAll(ctx)\n}\n',
          line: 4,
          path: 'internal/cache/warm.go',
        },
        {
          code: "await firestore.recursiveDelete(firestore.collection('orders'));\n",
          line: 1,
          path: 'scripts/reset.ts',
        },
      ],
      valid: [
        {
          code: "await db.collection('sessions').deleteMany({ expiresAt: { $lt: new Date() } });\n",
          path: 'src/jobs/expire.js',
        },
        {
          code: 'es.indices.create(index="orders-v2")\nes.delete(index="orders", id=order_id)\n',
          path: 'ops/index.py',
        },
        { code: 'await redis.del(`session:${id}`);\n', path: 'src/session.ts' },
        {
          code: "export const onUserDeleted = auth.user().onDelete(async (user) => {\n  await db.recursiveDelete(db.collection('users').doc(user.uid));\n});\n",
          path: 'functions/src/onUserDeleted.ts',
        },
        { code: 'df = df.drop(columns=["tmp"])\n', path: 'etl/clean.py' },
      ],
    },
  },
  check(doc, report) {
    for (const call of doc.calls) {
      const what = wipeOf(doc, call);
      if (what) report({ messageId: 'wipe', data: { call: label(call), what }, span: call.span });
    }
  },
};

function wipeOf(doc: CodeDocument, call: CodeCall): string | undefined {
  const { name, receiver, args } = call;
  const lowerReceiver = receiver.map((r) => r.toLowerCase());
  const mongo = lowerReceiver.some((r) => r.includes('collection')) || (receiver[0] === 'db' && receiver.length >= 2);
  // MongoDB: db.collection('x').drop(), db.events.drop(), Model.collection.drop()
  if (name === 'drop' && args.length === 0 && mongo && doc.language !== 'go')
    return 'drops the MongoDB collection and every document in it';
  // MongoDB legacy remove({}) / Python delete_many({}) is code/unbounded-orm-delete.
  if (name === 'remove' && mongo && args[0] && isEmptyFilter(doc, args[0].value))
    return 'deletes every document of the MongoDB collection';
  if (name === 'Drop' && doc.language === 'go' && lowerReceiver.some((r) => r.startsWith('collection')))
    return 'drops the MongoDB collection and every document in it';
  // MongoDB Java and Go drivers: client.getDatabase("app").drop(), client.Database("app").Drop(ctx)
  if ((name === 'drop' || name === 'Drop') && /^(get)?database\(\)$/.test(lowerReceiver.at(-1) ?? ''))
    return 'drops the MongoDB database and every collection in it';
  // Elasticsearch / OpenSearch
  if (/^(delete|Delete)$/.test(name) && lowerReceiver.at(-1) === 'indices')
    return `deletes the search ${indexTarget(doc, call)} and every document in it`;
  if (/^(delete_by_query|deleteByQuery|DeleteByQuery)$/.test(name) && /match_all/.test(call.node.text))
    return 'deletes every document of the index (match_all)';
  // Firestore
  if ((name === 'recursiveDelete' || name === 'recursive_delete') && args[0]) {
    if (!underOneDocument(doc, args[0].value)) return 'deletes the Firestore collection and everything under it';
    // One owner's subcollection (a user's cart items) is scoped; the owner's whole tree only in its deletion trigger.
    if (!endsInCollection(doc, args[0].value) && !DELETION_TRIGGER.test(doc.text))
      return 'deletes the Firestore document and every subcollection under it';
  } else if (name === 'recursiveDelete' || name === 'recursive_delete')
    return 'deletes the Firestore collection and everything under it';
  // go-redis and other clients that spell the command as a method
  if (/^(FlushAll|FlushDB|FlushAllAsync|FlushDBAsync|flush_all|flush_db)$/.test(name))
    return REDIS_WIPES[name.toUpperCase().replace(/_|ASYNC$/g, '')] ?? REDIS_WIPES.FLUSHDB;
  // A Lua script run on the server: `r.eval("return redis.call('FLUSHALL')", 0)`, `redis.NewScript(src)`.
  if (SCRIPT_CALLS.has(name) && (receiver.length > 0 || name === 'NewScript')) {
    const script = scriptText(doc, call);
    const flush = /redis\.p?call\(\s*['"](flushall|flushdb)['"]/i.exec(script);
    if (flush) return REDIS_WIPES[flush[1]!.toUpperCase()];
    const listsAll =
      /redis\.p?call\(\s*['"]keys['"]\s*,\s*['"]\*['"]/i.test(script) ||
      (/redis\.p?call\(\s*['"]scan['"]/i.test(script) && !/['"]match['"]/i.test(script));
    if (listsAll && /redis\.p?call\(\s*['"](del|unlink)['"]/i.test(script))
      return 'runs a Lua script that lists every key and deletes it';
  }
  if (RAW_COMMAND_CALLS.has(name)) {
    for (const arg of args) {
      const first = arrayHead(arg.value) ?? arg.value;
      const command = evaluate(first, doc.scope).text.toUpperCase();
      if (Object.hasOwn(REDIS_WIPES, command)) return REDIS_WIPES[command];
    }
  }
  return undefined;
}

/**
 * A function run when its owner is deleted (an account, a document): a recursive delete of that
 * one record's tree there is the cleanup that follows, not a reset. Anywhere else, a whole tree
 * (a tenant's, a workspace's) is wiped with every subcollection in it.
 */
const DELETION_TRIGGER =
  /\.onDelete\s*\(|\bonDocumentDeleted\b|\bbeforeUserDeleted\b|\bon_document_deleted\b|\bon_user_deleted\b|\bonUserDeleted\b/;

/** Firestore references that name one document: `doc(path)`, `document(id)`, `DocumentReference`. */
const DOCUMENT_CALLS = new Set(['doc', 'Doc', 'document', 'Document']);

/**
 * A Firestore reference inside one document: `db.collection('users').doc(uid)`, `db.doc(path)`,
 * or a subcollection under one (`….doc(uid).collection('orders')`). In a deletion trigger, deleting
 * it erases the deleted record's tree; a top-level collection, `.parent`, or a reference that
 * cannot be read is still a wipe.
 */
function underOneDocument(doc: CodeDocument, node: CodeCall['args'][number]['value']): boolean {
  const call = referenceCall(doc, node);
  if (!call || call.computedName) return false;
  return [...call.receiverCalls.map((c) => c.name), call.name].some((n) => DOCUMENT_CALLS.has(n));
}

/** The call a reference is, through constants it was assigned to (a few steps deep). */
function referenceCall(doc: CodeDocument, node: CodeCall['args'][number]['value'], depth = 0): CodeCall | undefined {
  if (depth > 4) return undefined;
  if (node.type === 'identifier') {
    const assigned = doc.scope.constants.get(node.text);
    return assigned ? referenceCall(doc, assigned, depth + 1) : undefined;
  }
  return doc.calls.find((c) => c.node.startIndex === node.startIndex && c.node.endIndex === node.endIndex);
}

/** Whether a reference is a collection (`….doc(uid).collection('cart_items')`) rather than a document. */
function endsInCollection(doc: CodeDocument, node: CodeCall['args'][number]['value']): boolean {
  return /^(collection|Collection)$/.test(referenceCall(doc, node)?.name ?? '');
}

/** Calls that hand Redis a Lua script: eval and the script registrations of the clients. */
const SCRIPT_CALLS = new Set([
  'eval',
  'Eval',
  'EVAL',
  'eval_ro',
  'register_script',
  'registerScript',
  'defineCommand',
  'script_load',
  'scriptLoad',
  'ScriptLoad',
  'NewScript',
]);

/** The script a call hands over: its first string argument or a `lua` option. */
function scriptText(doc: CodeDocument, call: CodeCall): string {
  const texts: string[] = [];
  for (const arg of call.args) {
    const lua = propertiesOf(arg.value, doc.scope).find((p) => p.key === 'lua');
    texts.push(evaluate(lua?.value ?? arg.value, doc.scope).text);
  }
  return texts.join('\n');
}

function indexTarget(doc: CodeDocument, call: CodeCall): string {
  const arg = call.args.find((a) => a.key === 'index') ?? call.args[0];
  if (!arg) return 'index';
  const prop = propertiesOf(arg.value, doc.scope).find((p) => p.key === 'index');
  const text = evaluate(prop?.value ?? arg.value, doc.scope).text;
  if (text === '_all' || text === '*') return 'indices (all of them)';
  return /^[\w.*,-]+$/.test(text) ? `index ${text}` : 'index';
}

function isEmptyFilter(doc: CodeDocument, node: CodeCall['args'][number]['value']): boolean {
  return (node.type === 'object' || node.type === 'dictionary') && propertiesOf(node, doc.scope).length === 0;
}

function arrayHead(node: CodeCall['args'][number]['value']): CodeCall['args'][number]['value'] | undefined {
  if (node.type !== 'array' && node.type !== 'list') return undefined;
  return node.namedChildren.find((c) => c !== null) ?? undefined;
}
