import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../core/rule.js';
import { flowFrom } from '../../parsers/code/flow.js';
import { label } from '../../parsers/code/executed.js';
import { propertiesOf, type CodeCall } from '../../parsers/code/read.js';
import { evaluate, UNKNOWN } from '../../parsers/code/values.js';
import type { CodeDocument } from './lib/document.js';

type MessageId = 'fed';

/**
 * Listings of a whole store, by the method that makes them. A key listing (Redis) is bounded by
 * its pattern, given by position or as `match`; a listing of a bucket, container, table or
 * collection only by a named prefix or filter (its positional arguments name the store).
 */
const KEY_LISTINGS = new Set([
  'keys',
  'KEYS',
  'Keys',
  'scan_iter',
  'scanIter',
  'scan',
  'SCAN',
  'Scan',
  'scanStream',
  'scanIterator',
  'ScanIterator',
]);
const STORE_LISTINGS = new Set([
  // GCS, Azure Blob
  'list_blobs',
  'list_blob_names',
  'getFiles',
  'listBlobsFlat',
  'listBlobsByHierarchy',
  // S3
  'list_objects',
  'list_objects_v2',
  'listObjects',
  'listObjectsV2',
  'ListObjects',
  'ListObjectsV2',
  'ListObjectsCommand',
  'ListObjectsV2Command',
  'paginateListObjectsV2',
  'NewListObjectsV2Paginator',
  // DynamoDB (a scan reads every item unless it filters)
  'ScanCommand',
  'paginateScan',
  'NewScanPaginator',
  // Firestore
  'listDocuments',
  'list_documents',
]);
/** Arguments and option keys that bound a listing. */
const BOUNDS = new Set([
  'match',
  'MATCH',
  'pattern',
  'prefix',
  'Prefix',
  'name_starts_with',
  'FilterExpression',
  'ScanFilter',
  'KeyConditionExpression',
  'where',
]);
/** Django managers and ORM models whose `all()` (or bare `find()`) lists the table. */
const MANAGERS = new Set(['objects', '_default_manager', '_base_manager']);

/** Calls that delete what they are given (`r.delete(k)`) or the record they are called on (`blob.delete()`). */
const DELETES = new Set([
  'delete',
  'Delete',
  'del',
  'Del',
  'DEL',
  'unlink',
  'Unlink',
  'UNLINK',
  'destroy',
  'destroy!',
  'delete!',
  // A batch of a relation: `Order.in_batches { |batch| batch.delete_all }`.
  'delete_all',
  'destroy_all',
  'forceDelete',
  'remove',
  'deleteAll',
  'deleteAllInBatch',
  'deleteInBatch',
  'deleteOne',
  'delete_one',
  'delete_many',
  'deleteMany',
  'delete_item',
  'deleteItem',
  'DeleteItem',
  'delete_blob',
  'delete_blobs',
  'deleteBlob',
  'deleteIfExists',
  'delete_object',
  'delete_objects',
  'deleteObject',
  'deleteObjects',
  'DeleteObject',
  'DeleteObjects',
  'DeleteObjectCommand',
  'DeleteObjectsCommand',
  'DeleteItemCommand',
  'DeleteCommand',
  'batch_delete',
]);
/** Batch writes delete only through their delete requests. */
const BATCH_WRITES = new Set([
  'batch_write_item',
  'batchWrite',
  'batchWriteItem',
  'BatchWriteItem',
  'BatchWriteCommand',
  'BatchWriteItemCommand',
]);
/** A client's generic command call: `execute_command('DEL', k)`, `Redix.command(conn, ["DEL", k])`. */
const RAW_COMMAND_CALLS = new Set([
  'call',
  'sendCommand',
  'send_command',
  'execute_command',
  'Do',
  'command',
  'command!',
  'pipeline',
  'pipeline!',
]);

export const deleteOverListing: Rule<CodeDocument, MessageId> = {
  meta: {
    id: 'code/delete-over-listing',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A delete fed by a listing of the whole store: every Redis key from `keys("*")` or an unbounded `SCAN`, every item of a DynamoDB `scan()`, every object of a bucket or container listed without a prefix, every row of `Model.objects.all()`. The listing may reach the delete directly, through a variable, a loop or a callback.',
    messages: {
      fed: '{call} deletes what {listing} lists, and that listing has no prefix, pattern or filter: everything in the store is deleted',
    },
    examples: {
      invalid: [
        {
          code: "import redis\n\nr = redis.Redis.from_url(REDIS_URL)\nfor key in r.scan_iter('*'):\n    r.delete(key)\n",
          line: 5,
          path: 'ops/reset_cache.py',
        },
        {
          code: "const keys = await redis.keys('*');\nif (keys.length) await redis.unlink(...keys);\n",
          line: 2,
          path: 'scripts/flush.ts',
        },
        {
          code: "table = boto3.resource('dynamodb').Table('orders')\nitems = table.scan()['Items']\nwith table.batch_writer() as batch:\n    for item in items:\n        batch.delete_item(Key={'id': item['id']})\n",
          line: 5,
          path: 'ops/purge_orders.py',
        },
        {
          code: "bucket = storage.Client().bucket('uploads')\nbucket.delete_blobs(list(bucket.list_blobs()))\n",
          line: 2,
          path: 'jobs/cleanup.py',
        },
      ],
      valid: [
        {
          code: "for key in r.scan_iter(f'session:{session_id}:*'):\n    r.delete(key)\n",
          path: 'app/sessions.py',
        },
        { code: 'await redis.del(`cart:${userId}`);\n', path: 'src/cart.ts' },
        {
          code: "for blob in bucket.list_blobs(prefix=f'exports/{job_id}/'):\n    blob.delete()\n",
          path: 'jobs/exports.py',
        },
        {
          code: "resp = table.scan(FilterExpression=Attr('expires_at').lt(now))\nfor item in resp['Items']:\n    table.delete_item(Key={'id': item['id']})\n",
          path: 'jobs/expire.py',
        },
      ],
    },
  },
  check(doc, report) {
    const listings = doc.calls.filter((c) => isUnboundedListing(doc, c));
    if (listings.length === 0) return;
    const flow = flowFrom(
      doc.root,
      listings.map((c) => c.node),
    );
    // The listing named in the message: the last one before the delete.
    const listingBefore = (call: CodeCall) =>
      listings.filter((l) => l.span.start <= call.span.start).at(-1) ?? listings[0]!;
    for (const call of doc.calls) {
      if (!isDelete(doc, call)) continue;
      const { callee, args } = parts(call);
      // The listing itself in the receiver (`bucket.objects.all().delete()`) is the SDK and ORM rules' finding.
      const fed = args.some((a) => flow.carries(a)) || (callee !== undefined && carriesByName(flow, callee, listings));
      if (!fed) continue;
      report({
        messageId: 'fed',
        data: { call: label(call), listing: label(listingBefore(call)) },
        span: { start: call.nameSpan.start, end: call.span.end },
        unit: call.span,
      });
    }
  },
};

function isUnboundedListing(doc: CodeDocument, call: CodeCall): boolean {
  const { name, receiver, args } = call;
  if (RAW_COMMAND_CALLS.has(name)) {
    const words = rawWords(doc, call);
    if (words[0] !== 'KEYS' && words[0] !== 'SCAN') return false;
    return !patternBounded(words.slice(1).filter((w, i, all) => !isCountOption(w, all[i - 1])));
  }
  if (KEY_LISTINGS.has(name)) {
    if (namedBound(doc, call) !== undefined) return !namedBound(doc, call);
    const positional = args
      .filter(
        (a) => a.key === undefined && !isCursorOrContext(a.value) && propertiesOf(a.value, doc.scope).length === 0,
      )
      .filter((a) => !/^(object|dictionary|hash|composite_literal|unary_expression|keywords)$/.test(a.value.type))
      .map((a) => evaluate(a.value, doc.scope).text)
      .filter((w, i, all) => w !== 'MATCH' && !isCountOption(w, all[i - 1]));
    return !patternBounded(positional);
  }
  if (STORE_LISTINGS.has(name) || (name === 'paginate' && paginatesListing(doc, call))) {
    return namedBound(doc, call) !== true;
  }
  // Django/ORM: Model.objects.all(), and S3's bucket.objects.all() (a listing fed to obj.delete()).
  if (name === 'all' && args.length === 0 && MANAGERS.has(receiver.at(-1) ?? '')) return true;
  // An ORM model listed whole: Order.findAll(), Order.find({}) (Sequelize, Mongoose), Order.all and
  // Order.find_each (Rails), orderRepository.findAll() (Spring Data).
  if (
    MODEL_LISTINGS.has(name) &&
    args.every((a) => (a.key !== undefined && BATCH_OPTIONS.test(a.key)) || isEmptyOptions(doc, a.value))
  ) {
    const model = receiver.at(-1) ?? '';
    if (/^[A-Z]\w*$/.test(model) || (name === 'findAll' && /repo(sitory)?$/i.test(model))) return true;
  }
  // Prisma: prisma.order.findMany(), findMany({ select: { id: true } }): no where.
  if (name === 'findMany' && receiver.length >= 2 && args.every((a) => isEmptyOptions(doc, a.value))) return true;
  // Eloquent: Order::query()->each(fn ($o) => $o->delete()), Order::withTrashed()->lazy().
  if (ELOQUENT_ITERATIONS.has(name) && /^[A-Z]\w*$/.test(receiver[0] ?? '') && receiver.length >= 2)
    return receiver.slice(1).every((r) => ELOQUENT_WHOLE.has(r));
  // Firestore: db.collection('orders').get() / .stream() with no where() or limit().
  if ((name === 'get' || name === 'stream') && args.length === 0) {
    const steps = call.receiverCalls.map((c) => c.name);
    return (steps.at(-1) === 'collection' || steps.at(-1) === 'collection_group') && steps.length <= 3;
  }
  return false;
}

/** Options of a whole-table listing that select nothing: a batch size, an order. */
const BATCH_OPTIONS = /^(batch_size|of|start|finish|order|lean|batchSize|select|orderBy|include)$/;
/** Eloquent iterations over a query, and the query steps that keep every row. */
const ELOQUENT_ITERATIONS = new Set(['each', 'lazy', 'cursor', 'get', 'chunk', 'chunkById', 'lazyById', 'eachById']);
const ELOQUENT_WHOLE = new Set(['query()', 'newQuery()', 'withTrashed()', 'withoutGlobalScopes()', 'all()']);
const MODEL_LISTINGS = new Set(['findAll', 'find', 'all', 'find_each', 'find_in_batches', 'in_batches']);

/** No argument that could select: `{}`, a batch size, a block. */
function isEmptyOptions(doc: CodeDocument, node: Node): boolean {
  if (/block|lambda|function|block_argument/.test(node.type)) return true;
  if (/^(object|dictionary|hash|pair)$/.test(node.type))
    return propertiesOf(node, doc.scope).every((p) => BATCH_OPTIONS.test(p.key));
  return false;
}

/** Whether a named bound (`match=`, `Prefix:`, `{ prefix }`) bounds the listing; undefined when none is given. */
function namedBound(doc: CodeDocument, call: CodeCall): boolean | undefined {
  const values: Node[] = [];
  for (const arg of call.args) {
    if (arg.key !== undefined) {
      if (BOUNDS.has(arg.key)) values.push(arg.value);
      continue;
    }
    for (const p of propertiesOf(arg.value, doc.scope)) if (BOUNDS.has(p.key)) values.push(p.value);
  }
  if (values.length === 0) return undefined;
  return patternBounded(values.map((v) => evaluate(v, doc.scope).text));
}

/**
 * A pattern bounds a listing when it holds a literal character other than a wildcard
 * (`session:*`), or when it is only known at run time (a helper's parameter); `*`, `""` and no
 * pattern at all list everything.
 */
function patternBounded(patterns: string[]): boolean {
  return patterns.some((p) => p.includes(UNKNOWN) || /[^*?\s[\]]/.test(p.replaceAll(UNKNOWN, '')));
}

function isCountOption(word: string, before: string | undefined): boolean {
  return /^(COUNT|TYPE)$/i.test(word) || /^(COUNT|TYPE)$/i.test(before ?? '');
}

/** A cursor (`0`, `cursor`) or a context (`ctx`) given before the pattern. */
function isCursorOrContext(node: Node): boolean {
  if (/^(integer|number|int_literal|decimal_integer_literal|integer_literal)$/.test(node.type)) return true;
  return /^(ctx|context|c|cursor|cur|conn|_)$/i.test(node.text) || node.text === 'context.Background()';
}

/** boto3 `s3.get_paginator('list_objects_v2').paginate(Bucket=…)`, also through a name. */
function paginatesListing(doc: CodeDocument, call: CodeCall): boolean {
  const made =
    call.receiverCalls.at(-1) ??
    (call.receiver.length === 1
      ? doc.calls.find((c) => c.node.id === doc.scope.constants.get(call.receiver[0]!)?.id)
      : undefined);
  if (made?.name !== 'get_paginator' || !made.args[0]) return false;
  return /^(list_objects(_v2)?|scan|list_blobs)$/.test(evaluate(made.args[0].value, doc.scope).text);
}

function isDelete(doc: CodeDocument, call: CodeCall): boolean {
  if (DELETES.has(call.name)) return true;
  // A TTL of zero deletes the key: `r.expire(k, 0)`.
  if (/^(p?expire|P?Expire)$/.test(call.name))
    return call.args.some((a) => /^-?[01]$/.test(a.value.text) && a.value.text !== '1');
  if (BATCH_WRITES.has(call.name)) return /DeleteRequest/.test(call.node.text);
  if (RAW_COMMAND_CALLS.has(call.name)) {
    const word = rawWords(doc, call)[0];
    return word === 'DEL' || word === 'UNLINK';
  }
  return false;
}

/** The command words of a generic command call, upper-cased: `["DEL", k]`, `'KEYS', '*'`. */
function rawWords(doc: CodeDocument, call: CodeCall): string[] {
  const words: string[] = [];
  for (const arg of call.args) {
    const items = arg.value.type === 'list' || arg.value.type === 'array' ? arg.value.namedChildren : [arg.value];
    for (const item of items) {
      if (!item) continue;
      const text = evaluate(item, doc.scope).text;
      if (words.length === 0 && text.includes(UNKNOWN)) continue;
      words.push(words.length === 0 ? text.toUpperCase() : text);
    }
  }
  return words;
}

/** The callee without its arguments, and the arguments. */
function parts(call: CodeCall): { callee: Node | undefined; args: Node[] } {
  const args = call.args.map((a) => a.value);
  const callee =
    call.node.childForFieldName('function') ??
    call.node.childForFieldName('target') ??
    call.node.childForFieldName('object') ??
    call.node.childForFieldName('receiver') ??
    undefined;
  return { callee, args };
}

/** A record from the listing reached through a name (`blob.delete()`), not the listing's own chain. */
function carriesByName(flow: ReturnType<typeof flowFrom>, callee: Node, listings: CodeCall[]): boolean {
  if (listings.some((l) => callee.startIndex <= l.span.start && l.span.end <= callee.endIndex)) return false;
  return flow.carries(callee);
}
