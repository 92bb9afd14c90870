import type { Rule } from '../../core/rule.js';
import { booleanOf, propertiesOf, type CodeCall } from '../../parsers/code/read.js';
import { isBounded as isBoundedEctoQuery } from '../../parsers/migrations/ecto.js';
import type { CodeDocument } from './lib/document.js';
import { developmentGuardOf } from './lib/development-guard.js';
import {
  isEmptyObject,
  isTautology,
  isWholeModel,
  matchesEveryRow,
  RAILS_EACH,
  wholeTableDelete,
  type WholeTable,
  type WholeTableMessage as MessageId,
} from './lib/whole-table/index.js';

/** Datastore client calls that drop everything at once. */
const WIPES: Record<string, string> = {
  dropDatabase: 'drops the whole database',
  drop_database: 'drops the whole database',
  flushall: 'deletes every key on every Redis database',
  flushAll: 'deletes every key on every Redis database',
  flushdb: 'deletes every key of the Redis database',
  flushDb: 'deletes every key of the Redis database',
  dropCollection: 'drops the collection and its documents',
  drop_collection: 'drops the collection and its documents',
};

export const unboundedOrmDelete: Rule<CodeDocument, MessageId> = {
  meta: {
    id: 'code/unbounded-orm-delete',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'An ORM or datastore call in application code that deletes every row (`deleteMany({})`, `destroy_all`, `.objects.all().delete()`, `truncate: true`, `FLUSHALL`).',
    messages: {
      deleteMany: '{call} with no filter deletes every row of the table',
      destroy: '{call} with {how} deletes every row of the table',
      clear: "{call} deletes every row of the entity's table",
      djangoAll: "{call} deletes every row of the model's table (and cascades to related rows)",
      railsAll: "{call} without a scope deletes every row of the model's table",
      gormGlobal: '{call} with AllowGlobalUpdate deletes every row of the table',
      queryDelete: '{call} with no filter deletes every row the query selects: the whole table',
      wipe: '{call} {what}',
      alwaysTrue: '{call} with a condition every row meets ({condition}) deletes every row of the table',
    },
    examples: {
      invalid: [
        {
          code: "import { prisma } from '../db';\n\nexport async function resetDemo() {\n  await prisma.booking.deleteMany({});\n}\n",
          line: 4,
          path: 'src/admin/reset.ts',
        },
        {
          code: 'class PurgeJob\n  def perform\n    Booking.destroy_all\n  end\nend\n',
          line: 3,
          path: 'app/jobs/purge_job.rb',
        },
        {
          code: 'def handle(self, *args, **opts):\n    Booking.objects.all().delete()\n',
          line: 2,
          path: 'app/management/commands/purge.py',
        },
        { code: 'await Booking.destroy({ truncate: true });\n', line: 1, path: 'src/jobs/purge.js' },
      ],
      valid: [
        { code: 'await prisma.booking.deleteMany({ where: { id } });\n', path: 'src/bookings.ts' },
        { code: 'user.bookings.destroy_all\nBooking.where(expired: true).delete_all\n', path: 'app/models/user.rb' },
        { code: 'Booking.objects.filter(expired=True).delete()\n', path: 'app/tasks.py' },
        { code: 'cache.clear();\n', path: 'src/cache.ts' },
      ],
    },
  },
  check(doc, report) {
    for (const call of doc.calls) {
      const found = classify(doc, call);
      if (!found) continue;
      const receiver = call.receiver.at(-1);
      const label = receiver && receiver.length <= 40 ? `${receiver}.${call.name}` : call.name;
      report({
        messageId: found.messageId,
        data: { call: label, ...found.data },
        span: { start: call.nameSpan.start, end: call.span.end },
        unit: call.span,
        ...withReason(developmentGuardOf(call)),
      });
    }
  },
};

function withReason(reason: string | undefined): { downgradedBecause?: string } {
  return reason === undefined ? {} : { downgradedBecause: reason };
}

function classify(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  const { name, receiver, args } = call;
  // A bare call (SQLAlchemy `delete(Order)`) is read only by the readers of its language.
  if (receiver.length === 0) return wholeTableDelete(doc, call);
  const previous = receiver.at(-1)!;
  // Own keys only: `x.toString()` must not read Object.prototype.
  if (Object.hasOwn(WIPES, name)) return { messageId: 'wipe', data: { what: WIPES[name]! } };
  if (name === 'deleteMany' || name === 'delete_many' || (name === 'DeleteMany' && doc.language === 'go')) {
    // The Go driver takes the context first: coll.DeleteMany(ctx, bson.D{}).
    const given = args[doc.language === 'go' ? 1 : 0]?.value;
    if (!given) return { messageId: 'deleteMany' };
    // `const all = {}` then `deleteMany(all)`: the filter is read where it was made.
    const filter = resolved(doc, given) ?? given;
    if (isEmptyBsonFilter(filter)) return { messageId: 'deleteMany' };
    const props = propertiesOf(filter, doc.scope);
    const literalObject = filter.type === 'object' || filter.type === 'dictionary';
    if (!literalObject) return undefined;
    if (props.length === 0) return { messageId: 'deleteMany' };
    if (props.length === 1 && matchesEveryDocument(doc, props[0]!)) return { messageId: 'deleteMany' };
    const where = props.find((p) => p.key === 'where');
    if (where && props.length === 1 && isEmptyObject(where.value, doc.scope)) return { messageId: 'deleteMany' };
    // Prisma drops undefined from a filter: `{ where: { id: undefined } }` and `{ id: { not: undefined } }` narrow nothing.
    if (
      where &&
      (where.value.text === 'undefined' || matchesEveryRow(where.value, doc.scope, { undefinedIsNoFilter: true }))
    )
      return { messageId: 'alwaysTrue', data: { condition: `where: ${where.value.text.replace(/\s+/g, ' ')}` } };
    return undefined;
  }
  if (name === 'destroy' && args[0]) {
    const props = propertiesOf(args[0].value, doc.scope);
    const truncate = props.find((p) => p.key === 'truncate');
    if (truncate && booleanOf(truncate.value) === true)
      return { messageId: 'destroy', data: { how: 'truncate: true' } };
    const where = props.find((p) => p.key === 'where');
    if (where && isEmptyObject(where.value, doc.scope))
      return { messageId: 'destroy', data: { how: 'an empty where' } };
    if (where && matchesEveryRow(where.value, doc.scope))
      return { messageId: 'alwaysTrue', data: { condition: `where: ${where.value.text.replace(/\s+/g, ' ')}` } };
    return undefined;
  }
  // jOOQ: dsl.deleteFrom(T).execute() with no where(), dsl.truncate(T).execute(), dsl.dropTable(T).execute()
  if (name === 'execute' && (doc.language === 'java' || doc.language === 'kotlin')) {
    const steps = call.receiverCalls.map((c) => c.name);
    const built = steps.find((n) => Object.hasOwn(JOOQ_WIPES, n));
    if (built) return { messageId: 'wipe', data: { what: JOOQ_WIPES[built]! } };
    if (steps.some((n) => n === 'deleteFrom' || n === 'delete') && !steps.some((n) => /^where|^condition$/.test(n)))
      return { messageId: 'queryDelete' };
  }
  // Laravel: DB::table('orders')->truncate(), DB::table('users')->delete(), Order::query()->delete()
  if (doc.language === 'php' && (name === 'truncate' || (name === 'delete' && args.length === 0))) {
    const steps = call.receiverCalls.map((c) => c.name);
    if (steps.some((n) => n === 'table' || n === 'query') && steps.every((n) => LARAVEL_UNSCOPED.has(n)))
      return name === 'truncate'
        ? { messageId: 'wipe', data: { what: JOOQ_WIPES.truncate! } }
        : { messageId: 'queryDelete' };
  }
  // Laravel's schema builder outside a migration: Schema::drop('sessions'), Schema::dropIfExists('sessions')
  if (doc.language === 'php' && (name === 'drop' || name === 'dropIfExists') && previous === 'Schema')
    return { messageId: 'wipe', data: { what: JOOQ_WIPES.dropTable! } };
  // Sequelize Model.truncate()
  // (and Laravel's Order::truncate()); Java's StringUtils.truncate(name, 10) is not a model.
  // `db.Order.truncate({ cascade: true })` too: a model reached through the models object.
  if (
    name === 'truncate' &&
    /^[A-Z]/.test(previous) &&
    (receiver.length === 1 || (doc.language !== 'php' && args.every((a) => isObjectLiteral(a.value)))) &&
    ['javascript', 'typescript', 'tsx', 'php'].includes(doc.language)
  )
    return { messageId: 'destroy', data: { how: 'truncate' } };
  // TypeORM: repository.clear() / getRepository(X).clear() / manager.clear(X)
  if (
    name === 'clear' &&
    (/repo(sitory)?$/i.test(previous) ||
      previous === 'getRepository()' ||
      (previous === 'manager' && args.length === 1))
  )
    return { messageId: 'clear' };
  // Django: Model.objects.all().delete() / Model.objects.delete() on the manager
  if (name === 'delete' && args.length === 0 && doc.language === 'python') {
    // `qs = Order.objects.all()` then `qs.delete()`: the queryset is read where it was made.
    const chain = throughVariable(doc, call);
    const steps = chain.receiver;
    const manager = Math.max(...[...DJANGO_MANAGERS].map((m) => steps.lastIndexOf(m)));
    if (
      manager >= 0 &&
      steps.slice(manager + 1).every((r) => DJANGO_WHOLE_TABLE.has(r)) &&
      chain.receiverCalls.every(
        (c) => !DJANGO_FILTERS.has(c.name) || c.args.every((a) => djangoMatchesAll(doc, c.name, a)),
      ) &&
      !steps.some((r) => /bucket/i.test(r))
    )
      return { messageId: 'djangoAll' };
    // SQLAlchemy: session.query(Model).delete() with no filter()
    if (previous === 'query()' && receiver.length >= 2) return { messageId: 'queryDelete' };
  }
  // Rails: Model.destroy_all / Model.all.delete_all / Model.unscoped.destroy_all
  if ((name === 'destroy_all' || name === 'delete_all') && doc.language === 'ruby' && args.length === 0) {
    if (isWholeModel(call)) return { messageId: 'railsAll' };
  }
  // Rails: Order.find_each(&:destroy), Order.all.each(&:destroy): every record, one at a time.
  if (
    doc.language === 'ruby' &&
    RAILS_EACH.has(name) &&
    args.some((a) => /^&:(destroy|delete)!?$/.test(a.value.text))
  ) {
    if (isWholeModel(call)) return { messageId: 'railsAll' };
  }
  // EF Core: db.Orders.ExecuteDelete(), db.Set<Order>().ExecuteDeleteAsync() with no Where.
  if ((name === 'ExecuteDelete' || name === 'ExecuteDeleteAsync') && doc.language === 'csharp') {
    const bounded = call.receiverCalls.some(
      (c) => EF_BOUNDS.has(c.name) && !c.args.every((a) => isTautology(a.value, doc.scope)),
    );
    if (!bounded) return { messageId: 'queryDelete' };
  }
  // EF Core: db.Orders.RemoveRange(db.Orders), db.RemoveRange(await db.Orders.ToListAsync()): the whole set.
  if (name === 'RemoveRange' && doc.language === 'csharp' && args.length === 1) {
    const text = args[0]!.value.text.replace(/\s+/g, '');
    const root = receiver[0];
    const whole =
      /^(await)?([\w]+)\.[\w]+(<[\w.]+>\(\))?(\.(ToList|ToArray|AsEnumerable|AsQueryable|IgnoreQueryFilters)(Async)?\(\))*$/.exec(
        text,
      );
    if (whole && whole[2] === root) return { messageId: 'queryDelete' };
  }
  // Ecto: Repo.delete_all(User), User |> Repo.delete_all(), Repo.delete_all(from u in User): no where.
  if (name === 'delete_all' && doc.language === 'elixir' && /repo(\(\))?$/i.test(previous) && args[0]) {
    const query = resolved(doc, args[0].value);
    if (query && (!isBoundedEctoQuery(query) || onlyTrueWhere(query.text))) return { messageId: 'queryDelete' };
  }
  // GORM: db.Session(&gorm.Session{AllowGlobalUpdate: true}).Delete(&User{})
  if (name === 'Delete' && doc.language === 'go') {
    const session = call.receiverCalls.find((c) => c.name === 'Session');
    const global = session?.args.some((a) =>
      propertiesOf(a.value, doc.scope).some((p) => p.key === 'AllowGlobalUpdate' && booleanOf(p.value) === true),
    );
    if (global) return { messageId: 'gormGlobal' };
    // db.Where("1 = 1").Delete(&User{}) and db.Delete(&User{}, "1 = 1"): a condition every row meets.
    const wheres = call.receiverCalls.filter((c) => c.name === 'Where');
    const conditions = args.slice(1);
    if (
      (wheres.length > 0 && wheres.every((c) => c.args.length === 1 && isTautology(c.args[0]!.value, doc.scope))) ||
      (wheres.length === 0 && conditions.length === 1 && isTautology(conditions[0]!.value, doc.scope))
    )
      return { messageId: 'queryDelete' };
  }
  return wholeTableDelete(doc, call);
}

/** Django's managers, and the queryset steps that keep every row. */
const DJANGO_MANAGERS = new Set(['objects', '_default_manager', '_base_manager']);
const DJANGO_FILTERS = new Set(['filter', 'exclude']);
const DJANGO_WHOLE_TABLE = new Set([
  'all()',
  'filter()',
  'exclude()',
  'using()',
  'order_by()',
  'select_related()',
  'prefetch_related()',
  'only()',
  'defer()',
  'distinct()',
  'reverse()',
]);

/** A Django filter (or exclude) argument that keeps every row: `pk__isnull=False`, `id__gte=0`, `Q()`, exclude's `pk=None`. */
function djangoMatchesAll(doc: CodeDocument, filter: string, arg: CodeCall['args'][number]): boolean {
  // An empty `Q()` adds no condition, to filter() or to exclude(); also through a name bound once to it.
  if (arg.key === undefined) {
    const value = arg.value.type === 'identifier' ? doc.scope.constants.get(arg.value.text) : arg.value;
    return value !== undefined && value !== null && /^(models\.)?Q\(\)$/.test(value.text);
  }
  // exclude() keeps every row its condition rejects: `exclude(pk=None)`, `exclude(id__isnull=True)`.
  if (filter === 'exclude') {
    if (/^(pk|id)$/.test(arg.key)) return arg.value.text === 'None';
    if (/^(pk|id)__isnull$/.test(arg.key)) return arg.value.text === 'True';
    return false;
  }
  if (/^(pk|id)__isnull$/.test(arg.key)) return arg.value.text === 'False';
  if (/^(pk|id)__gte?$/.test(arg.key)) return arg.value.text === '0';
  return false;
}

/** A MongoDB filter every document meets: `{ _id: { $exists: true } }`, `{ _id: { $ne: null } }`. */
function matchesEveryDocument(
  doc: CodeDocument,
  prop: { key: string; value: CodeCall['args'][number]['value'] },
): boolean {
  if (prop.key !== '_id') return false;
  const inner = propertiesOf(prop.value, doc.scope);
  if (inner.length !== 1) return false;
  const [only] = inner;
  return (
    (only!.key === '$exists' && booleanOf(only!.value) === true) ||
    (only!.key === '$ne' && /^(null|None|nil|undefined)$/.test(only!.value.text))
  );
}

/** An Ecto query whose every `where:` is `true`, with no where() step. */
function onlyTrueWhere(text: string): boolean {
  const wheres = [...text.matchAll(/\bwhere:\s*([^,\])]+)/g)];
  return wheres.length > 0 && wheres.every((m) => m[1]!.trim() === 'true') && !/\bwhere\(/.test(text);
}

/** EF Core query steps that bound what ExecuteDelete deletes. */
const EF_BOUNDS = new Set([
  'Where',
  'Take',
  'Skip',
  'TakeWhile',
  'SkipWhile',
  'FromSqlRaw',
  'FromSqlInterpolated',
  'FromSql',
]);

/** A call on a name bound once to a query (`qs = Order.objects.all()`): the chain it was made from. */
function throughVariable(doc: CodeDocument, call: CodeCall): Pick<CodeCall, 'receiver' | 'receiverCalls'> {
  if (call.receiver.length !== 1) return call;
  const value = doc.scope.constants.get(call.receiver[0]!);
  const made = value ? doc.calls.find((c) => c.node.id === value.id) : undefined;
  if (!made) return call;
  return { receiver: [...made.receiver, `${made.name}()`], receiverCalls: [...made.receiverCalls, made] };
}

/** The node an argument stands for, through a name bound once; undefined for a parameter. */
function resolved(
  doc: CodeDocument,
  node: CodeCall['args'][number]['value'],
): CodeCall['args'][number]['value'] | undefined {
  if (node.type !== 'identifier') return node;
  return doc.scope.constants.get(node.text) ?? undefined;
}

function isObjectLiteral(node: CodeCall['args'][number]['value']): boolean {
  return node.type === 'object';
}

/** jOOQ statements that empty or drop a table, by the DSL step that builds them. */
const JOOQ_WIPES: Record<string, string> = {
  truncate: 'empties the table (TRUNCATE)',
  truncateTable: 'empties the table (TRUNCATE)',
  dropTable: 'drops the table and every row in it',
  dropTableIfExists: 'drops the table and every row in it',
  dropSchema: 'drops the schema and every table in it',
  dropSchemaIfExists: 'drops the schema and every table in it',
};

/** Laravel query-builder steps that select the whole table: no where, no limit, no find. */
const LARAVEL_UNSCOPED = new Set(['table', 'query', 'withTrashed', 'withoutGlobalScopes', 'newQuery', 'from']);

/**
 * An empty MongoDB filter in the Java and Go drivers: `new Document()`, `new BasicDBObject()`,
 * `Filters.empty()`, `bson.D{}`, `bson.M{}`.
 */
function isEmptyBsonFilter(node: CodeCall['args'][number]['value']): boolean {
  const text = node.text.replace(/\s+/g, '');
  return /^(new(org\.bson\.)?(Document|BasicDBObject|BsonDocument)\(\)|Filters\.empty\(\)|bson\.[DM]\{\}|primitive\.[DM]\{\})$/.test(
    text,
  );
}
