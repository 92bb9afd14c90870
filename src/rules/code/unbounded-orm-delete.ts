import type { Rule } from '../../core/rule.js';
import { booleanOf, propertiesOf, type CodeCall } from '../../parsers/code/read.js';
import type { CodeDocument } from './lib/document.js';
import { developmentGuardOf } from './lib/development-guard.js';

type MessageId = 'deleteMany' | 'destroy' | 'clear' | 'djangoAll' | 'railsAll' | 'gormGlobal' | 'queryDelete' | 'wipe';

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

function classify(
  doc: CodeDocument,
  call: CodeCall,
): { messageId: MessageId; data?: Record<string, string> } | undefined {
  const { name, receiver, args } = call;
  if (receiver.length === 0) return undefined;
  const previous = receiver.at(-1)!;
  // Own keys only: `x.toString()` must not read Object.prototype.
  if (Object.hasOwn(WIPES, name)) return { messageId: 'wipe', data: { what: WIPES[name]! } };
  if (name === 'deleteMany' || name === 'delete_many' || (name === 'DeleteMany' && doc.language === 'go')) {
    // The Go driver takes the context first: coll.DeleteMany(ctx, bson.D{}).
    const filter = args[doc.language === 'go' ? 1 : 0]?.value;
    if (!filter) return { messageId: 'deleteMany' };
    if (isEmptyBsonFilter(filter)) return { messageId: 'deleteMany' };
    const props = propertiesOf(filter, doc.scope);
    const literalObject = filter.type === 'object' || filter.type === 'dictionary';
    if (!literalObject) return undefined;
    if (props.length === 0) return { messageId: 'deleteMany' };
    const where = props.find((p) => p.key === 'where');
    if (where && props.length === 1 && isEmptyObject(doc, where.value)) return { messageId: 'deleteMany' };
    return undefined;
  }
  if (name === 'destroy' && args[0]) {
    const props = propertiesOf(args[0].value, doc.scope);
    const truncate = props.find((p) => p.key === 'truncate');
    if (truncate && booleanOf(truncate.value) === true)
      return { messageId: 'destroy', data: { how: 'truncate: true' } };
    const where = props.find((p) => p.key === 'where');
    if (where && isEmptyObject(doc, where.value)) return { messageId: 'destroy', data: { how: 'an empty where' } };
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
  if (
    name === 'truncate' &&
    /^[A-Z]/.test(previous) &&
    receiver.length === 1 &&
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
    const objects = receiver.lastIndexOf('objects');
    if (
      objects >= 0 &&
      receiver.slice(objects + 1).every((r) => r === 'all()') &&
      !receiver.some((r) => /bucket/i.test(r))
    )
      return { messageId: 'djangoAll' };
    // SQLAlchemy: session.query(Model).delete() with no filter()
    if (previous === 'query()' && receiver.length >= 2) return { messageId: 'queryDelete' };
  }
  // Rails: Model.destroy_all / Model.all.delete_all / Model.unscoped.destroy_all
  if ((name === 'destroy_all' || name === 'delete_all') && doc.language === 'ruby' && args.length === 0) {
    const [model, ...rest] = receiver;
    if (model && /^[A-Z]/.test(model) && rest.every((r) => r === 'all()' || r === 'unscoped()'))
      return { messageId: 'railsAll' };
  }
  // GORM: db.Session(&gorm.Session{AllowGlobalUpdate: true}).Delete(&User{})
  if (name === 'Delete' && doc.language === 'go') {
    const session = call.receiverCalls.find((c) => c.name === 'Session');
    const global = session?.args.some((a) =>
      propertiesOf(a.value, doc.scope).some((p) => p.key === 'AllowGlobalUpdate' && booleanOf(p.value) === true),
    );
    if (global) return { messageId: 'gormGlobal' };
  }
  return undefined;
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

function isEmptyObject(doc: CodeDocument, node: CodeCall['args'][number]['value']): boolean {
  return (
    (node.type === 'object' || node.type === 'dictionary' || node.type === 'hash') &&
    propertiesOf(node, doc.scope).length === 0
  );
}
