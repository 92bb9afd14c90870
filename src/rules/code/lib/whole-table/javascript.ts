import type { Node } from 'web-tree-sitter';
import type { CodeCall } from '../../../../parsers/code/read.js';
import type { CodeDocument } from '../document.js';
import { isEmptyObject, isTautology, matchesEveryRow } from './conditions.js';
import { declaredTypeOf, isRepositoryType } from './declared-types.js';
import { builderDelete } from './query-builder.js';
import { quoted, type WholeTable } from './types.js';

/**
 * JavaScript and TypeScript query builders and ORMs that delete a whole table when no condition
 * (or one every row meets) narrows them: knex and Objection, TypeORM repositories and managers,
 * Drizzle, MikroORM, Kysely and TypeORM query builders.
 */
export function javascriptWholeTable(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  switch (call.name) {
    case 'del':
    case 'delete':
    case 'truncate':
      return knexDelete(doc, call) ?? repositoryDelete(doc, call) ?? drizzleDelete(doc, call);
    case 'clear':
    case 'deleteAll':
      return repositoryClear(doc, call);
    case 'nativeDelete':
      return mikroNativeDelete(doc, call);
    case 'execute':
    case 'executeTakeFirst':
    case 'executeTakeFirstOrThrow':
      return builderDelete(doc, call);
    default:
      return undefined;
  }
}

/** Callees that take one string and are not a query builder naming its table. */
const NOT_A_TABLE = new Set(['require', 'import', 'fetch', '$', 'axios', 'jQuery', 'get', 'post', 'request']);
/** knex steps that leave every row selected. */
const KNEX_KEEP_ALL = new Set([
  'from',
  'table',
  'into',
  'withSchema',
  'returning',
  'timeout',
  'transacting',
  'debug',
  'clearWhere',
  'clearOrder',
  'clearSelect',
  'connection',
  'queryContext',
]);

/** `knex('sessions').del()`, `db.from('audit_log').delete()`, `Order.query().delete()`, `knex('t').truncate()`. */
function knexDelete(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  const truncate = call.name === 'truncate';
  if (truncate ? call.args.length > 0 : !call.args.every((a) => isReturning(a.value)) || call.args.length > 1)
    return undefined;
  const [root, ...rest] = call.receiverCalls;
  if (!root || !isTableRoot(root) || narrowedAfter(call.node)) return undefined;
  // TRUNCATE ignores any where: the table is emptied whatever the chain says.
  if (truncate) return { messageId: 'wipe', data: { what: 'empties the table (TRUNCATE)' } };
  let condition: string | undefined;
  for (const step of rest) {
    if (KNEX_KEEP_ALL.has(step.name)) continue;
    if (!knexWhereMatchesAll(doc, step)) return undefined;
    condition ??= quoted(step.node.text.slice(step.nameSpan.start - step.node.startIndex));
  }
  return condition ? { messageId: 'alwaysTrue', data: { condition } } : { messageId: 'queryDelete' };
}

/** Steps after a delete that run it as it is (knex's thenable), not narrow it. */
const RUNS_AS_IS = new Set(['then', 'catch', 'finally', 'returning', 'timeout', 'transacting']);

/**
 * A chain that goes on after the delete: Supabase and PostgREST clients filter after it
 * (`supabase.from('todos').delete().eq('id', id)`), so only knex's own continuations keep it whole.
 */
function narrowedAfter(node: Node): boolean {
  const member = node.parent;
  if (member?.type !== 'member_expression' || member.childForFieldName('object')?.id !== node.id) return false;
  return !RUNS_AS_IS.has(member.childForFieldName('property')?.text ?? '');
}

function isReturning(node: Node): boolean {
  return node.type === 'string' || (node.type === 'array' && node.namedChildren.every((c) => c?.type === 'string'));
}

/** The start of a knex chain that names a table, or an Objection model's query. */
function isTableRoot(root: CodeCall): boolean {
  const [only] = root.args;
  const table = root.args.length === 1 && (only!.value.type === 'string' || only!.value.type === 'template_string');
  const bare = root.receiver.length === 0 || (root.receiver.length === 1 && root.receiver[0] === 'this');
  if (bare && table && !NOT_A_TABLE.has(root.name)) return true;
  if ((root.name === 'from' || root.name === 'table' || root.name === 'into') && table) return true;
  // Objection: Order.query(), Order.query(trx).
  return root.name === 'query' && /^[A-Z]/.test(root.receiver.at(-1) ?? '') && root.args.length <= 1;
}

/** A knex where every row meets: `where({})`, `whereRaw('1 = 1')`, `whereNotNull('id')`, `where('id', '>', 0)`. */
function knexWhereMatchesAll(doc: CodeDocument, step: CodeCall): boolean {
  const args = step.args.map((a) => a.value);
  const key = (node: Node | undefined) => /^['"`]([\w.]+\.)?(id|pk)['"`]$/.test(node?.text ?? '');
  switch (step.name) {
    case 'where':
    case 'andWhere':
    case 'orWhere':
      if (args.length === 1)
        return (
          isEmptyObject(args[0]!, doc.scope) ||
          args[0]!.text === 'true' ||
          isTautology(args[0]!, doc.scope) ||
          rawTautology(doc, args[0]!)
        );
      return args.length === 3 && key(args[0]) && /^['"`]>=?['"`]$/.test(args[1]!.text) && args[2]!.text === '0';
    case 'whereRaw':
    case 'andWhereRaw':
    case 'orWhereRaw':
      return args.length === 1 && isTautology(args[0]!, doc.scope);
    case 'whereNotNull':
      return args.length === 1 && key(args[0]);
    default:
      return false;
  }
}

/** `knex.raw('1 = 1')`, sql`true`. */
function rawTautology(doc: CodeDocument, node: Node): boolean {
  const text = node.text.replace(/\s+/g, ' ');
  if (/^\w+`\s*(true|1 ?= ?1)\s*`$/i.test(text)) return true;
  const call = doc.calls.find((c) => c.node.id === node.id);
  return call?.name === 'raw' && call.args.length === 1 && isTautology(call.args[0]!.value, doc.scope);
}

/** A TypeORM or Spring-style repository: by its name, how it was obtained, or its declared type. */
function isRepository(doc: CodeDocument, call: CodeCall): boolean {
  const previous = call.receiver.at(-1) ?? '';
  return (
    /repo(sitory)?$/i.test(previous) ||
    previous === 'getRepository()' ||
    isRepositoryType(declaredTypeOf(doc.root, previous))
  );
}

function isEntityManager(doc: CodeDocument, call: CodeCall): boolean {
  const previous = call.receiver.at(-1) ?? '';
  return /^(manager|em|entityManager)$/.test(previous) || declaredTypeOf(doc.root, previous) === 'EntityManager';
}

/**
 * TypeORM: `ordersRepository.delete({})`, `manager.delete(Order, {})`, with a filter every row
 * meets (`{ id: Not(IsNull()) }`, `{ id: undefined }`: TypeORM drops undefined from a filter).
 */
function repositoryDelete(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  if (call.name !== 'delete') return undefined;
  const filter =
    call.args.length === 1 && isRepository(doc, call)
      ? call.args[0]!.value
      : call.args.length === 2 && isEntityManager(doc, call)
        ? call.args[1]!.value
        : undefined;
  if (!filter) return undefined;
  if (isEmptyObject(filter, doc.scope)) return { messageId: 'deleteMany' };
  if (matchesEveryRow(filter, doc.scope, { undefinedIsNoFilter: true }))
    return { messageId: 'alwaysTrue', data: { condition: quoted(filter.text) } };
  return undefined;
}

/** `this.orders.clear()` on a name declared `Repository<Order>`; `orderRepository.deleteAll()`. */
function repositoryClear(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  if (call.args.length > 0 || !isRepository(doc, call)) return undefined;
  return { messageId: 'clear' };
}

/** Receivers a Drizzle database goes by. */
const DRIZZLE_DB = /^(db|tx|trx|database|drizzle|conn|connection|client)$|Db$/i;

/**
 * Drizzle: `await db.delete(orders)` runs a DELETE with no WHERE: the whole table. `.where(undefined)`,
 * `.where(and())` and sql`true` narrow nothing either.
 */
function drizzleDelete(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  if (call.name !== 'delete' || call.args.length !== 1) return undefined;
  const table = call.args[0]!.value;
  if (table.type !== 'identifier' && table.type !== 'member_expression') return undefined;
  if (!DRIZZLE_DB.test(call.receiver.at(-1) ?? '')) return undefined;
  if (!doc.text.includes('drizzle') && !importedFromSchema(doc.root, table.text.split('.')[0]!)) return undefined;
  let condition: string | undefined;
  for (let node = call.node; ;) {
    const member = node.parent;
    const outer = member?.parent;
    if (member?.type !== 'member_expression' || outer?.type !== 'call_expression') break;
    const method = member.childForFieldName('property')?.text;
    if (method === 'where') {
      const args = outer.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null) ?? [];
      const arg = args[0];
      const empty = args.length === 0 || /^(undefined|and\(\)|or\(\))$/.test(arg!.text) || rawTautology(doc, arg!);
      if (!empty) return undefined;
      condition = quoted(outer.text.slice(member.childForFieldName('property')!.startIndex - outer.startIndex));
    }
    node = outer;
  }
  return condition ? { messageId: 'alwaysTrue', data: { condition } } : { messageId: 'queryDelete' };
}

/** Whether `name` is imported from a module that holds tables: `import { orders } from '../db/schema'`. */
function importedFromSchema(root: Node, name: string): boolean {
  for (const statement of root.namedChildren) {
    if (statement?.type !== 'import_statement') continue;
    const source = statement.childForFieldName('source')?.text ?? '';
    if (!/schema|tables?\b|\bdb\b|models?\b/i.test(source)) continue;
    const names = statement
      .descendantsOfType('import_specifier')
      .map((s) => (s?.childForFieldName('alias') ?? s?.childForFieldName('name'))?.text);
    if (names.includes(name)) return true;
    // `import * as schema from './schema'` then `db.delete(schema.orders)`.
    if (statement.descendantsOfType('namespace_import').some((n) => n?.namedChildren[0]?.text === name)) return true;
  }
  return false;
}

/** MikroORM: `em.nativeDelete(Order, {})`, `repo.nativeDelete({})`: the filter is the last argument. */
function mikroNativeDelete(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  const filter = call.args.at(-1)?.value;
  if (!filter || call.args.length > 2) return undefined;
  if (isEmptyObject(filter, doc.scope)) return { messageId: 'deleteMany' };
  if (matchesEveryRow(filter, doc.scope)) return { messageId: 'alwaysTrue', data: { condition: quoted(filter.text) } };
  return undefined;
}
