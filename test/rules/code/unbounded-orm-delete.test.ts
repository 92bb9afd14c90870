import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Prisma deleteMany with no argument at all
    {
      code: 'export async function resetDemo() {\n  await prisma.booking.deleteMany();\n}\n',
      path: 'src/admin/reset.ts',
      line: 2,
    },
    // ioredis flushall in a startup hook
    {
      code: "import Redis from 'ioredis';\nconst redis = new Redis(process.env.REDIS_URL);\nawait redis.flushall();\n",
      path: 'src/cache/boot.ts',
      line: 3,
      messageId: 'wipe',
    },
    // Rails delete_all on a model in a rake task
    {
      code: 'namespace :demo do\n  task reset: :environment do\n    Booking.delete_all\n  end\nend\n',
      path: 'lib/tasks/demo.rake',
      line: 3,
    },
  ],
  valid: [
    {
      code: 'await prisma.booking.deleteMany({ where: { createdAt: { lt: cutoff } } });\n',
      path: 'src/jobs/expire.ts',
    },
    // an association, scoped by its owner
    { code: 'current_user.bookings.delete_all\n', path: 'app/controllers/bookings_controller.rb' },
  ],
};

ruleTester('code/unbounded-orm-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/unbounded-orm-delete', cases.invalid)).toMatchInlineSnapshot(`
    "src/admin/reset.ts:2:24 code/unbounded-orm-delete
    2 |   await prisma.booking.deleteMany();
      |                        ^^^^^^^^^^^^ booking.deleteMany with no filter deletes every row of the table

    src/cache/boot.ts:3:13 code/unbounded-orm-delete
    3 | await redis.flushall();
      |             ^^^^^^^^^^ redis.flushall deletes every key on every Redis database

    lib/tasks/demo.rake:3:13 code/unbounded-orm-delete
    3 |     Booking.delete_all
      |             ^^^^^^^^^^ Booking.delete_all without a scope deletes every row of the model's table"
  `);
});

const lines = async (id: string, code: string, path: string) =>
  (await findingsOf(code, path)).filter((f) => f.ruleId === id).map((f) => f.line);

it('reads jOOQ statements by the DSL step that builds them, and leaves a where() alone', async () => {
  const code = [
    'class Cleanup {',
    '  void run(DSLContext dsl) {',
    '    dsl.dropTable(AUDIT_LOG).execute();',
    '    dsl.truncate(AUDIT_LOG).execute();',
    '    dsl.deleteFrom(AUDIT_LOG).execute();',
    '    dsl.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.CREATED.lt(cutoff)).execute();',
    '    dsl.selectFrom(AUDIT_LOG).fetch();',
    '    StringUtils.truncate(name, 10);',
    '  }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'src/main/java/com/acme/Cleanup.java')).toEqual([3, 4, 5]);
});

it('reads the MongoDB Java and Go drivers with an empty filter, not with a real one', async () => {
  const java = [
    'class Reset {',
    '  void run(MongoCollection<Document> users) {',
    '    users.deleteMany(new Document());',
    '    users.deleteMany(Filters.empty());',
    '    users.deleteMany(Filters.eq("tenant", id));',
    '    users.deleteMany(new Document("expired", true));',
    '  }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', java, 'src/main/java/com/acme/Reset.java')).toEqual([3, 4]);
  const go = [
    'package store',
    '',
    'func Reset(ctx context.Context, c *mongo.Collection) {',
    '\tc.DeleteMany(ctx, bson.D{})',
    '\tc.DeleteMany(ctx, bson.M{"tenant": id})',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', go, 'internal/store/reset.go')).toEqual([4]);
});

it('reads the Laravel query builder and schema builder outside migrations', async () => {
  const code = [
    '<?php',
    'class ResetData extends Command {',
    '  public function handle() {',
    "    DB::table('orders')->truncate();",
    "    DB::table('users')->delete();",
    "    Schema::dropIfExists('sessions');",
    '    Order::query()->delete();',
    "    DB::table('users')->where('banned', true)->delete();",
    '    $user->delete();',
    "    Cache::store('redis')->delete('k');",
    '  }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'app/Console/Commands/ResetData.php')).toEqual([4, 5, 6, 7]);
});

it('reads EF Core deletes of a whole DbSet, and leaves a Where alone', async () => {
  const code = [
    'public class Purge',
    '{',
    '    public async Task Run(AppDbContext db, int userId)',
    '    {',
    '        await db.Orders.ExecuteDeleteAsync();',
    '        await db.Set<Order>().IgnoreQueryFilters().ExecuteDeleteAsync();',
    '        db.Orders.Where(o => true).ExecuteDelete();',
    '        db.Orders.RemoveRange(db.Orders);',
    '        db.RemoveRange(await db.Orders.ToListAsync());',
    '        await db.Orders.Where(o => o.UserId == userId).ExecuteDeleteAsync();',
    '        db.Orders.RemoveRange(expired);',
    '        await db.SaveChangesAsync();',
    '    }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'src/Shop/Jobs/Purge.cs')).toEqual([5, 6, 7, 8, 9]);
});

it('reads Ecto delete_all in application code: a schema, a pipe, a query bound to a name, not a where', async () => {
  const code = [
    'defmodule Acme.Purge do',
    '  import Ecto.Query',
    '  def run(id) do',
    '    Repo.delete_all(User)',
    '    User |> Repo.delete_all()',
    '    everyone = from(u in User)',
    '    Repo.delete_all(everyone)',
    '    Acme.Repo.delete_all("sessions")',
    '    Repo.delete_all(from u in User, where: u.id == ^id)',
    '    User |> where(id: ^id) |> Repo.delete_all()',
    '  end',
    'end',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'lib/acme/purge.ex')).toEqual([4, 5, 7, 8]);
});

it('sees the whole table through a variable, an empty filter, a manager and a condition every row meets', async () => {
  const python = [
    'def purge(user):',
    '    qs = Order.objects.all()',
    '    qs.delete()',
    '    Order.objects.filter().delete()',
    '    Order._default_manager.all().delete()',
    '    Order.objects.filter(user=user).delete()',
    '    mine = Order.objects.filter(user=user)',
    '    mine.delete()',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', python, 'shop/purge.py')).toEqual([3, 4, 5]);
  const ruby = [
    'class Purge',
    '  def run(user)',
    '    Order.where(nil).destroy_all',
    '    Order.in_batches.delete_all',
    '    Order.where("1=1").delete_all',
    '    Order.find_each(&:destroy)',
    '    Order.where(user: user).delete_all',
    '    Order.where(expired: true).find_each(&:destroy)',
    '  end',
    'end',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', ruby, 'app/jobs/purge.rb')).toEqual([3, 4, 5, 6]);
  const go = [
    'package store',
    '',
    'func Purge(db *gorm.DB, id int) {',
    '\tdb.Where("1 = 1").Delete(&Order{})',
    '\tdb.Delete(&User{}, "1=1")',
    '\tdb.Where("user_id = ?", id).Delete(&Order{})',
    '\tdb.Delete(&User{}, id)',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', go, 'internal/store/purge.go')).toEqual([4, 5]);
  const ts = [
    'export async function purge(id: string) {',
    '  const where = {};',
    '  await prisma.order.deleteMany({ where });',
    '  await db.Order.truncate({ cascade: true });',
    '  const mine = { userId: id };',
    '  await prisma.order.deleteMany({ where: mine });',
    '  const title = _.truncate(text, { length: 24 });',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', ts, 'src/purge.ts')).toEqual([3, 4]);
});

it('reads Spring Data deleteAll() with no entities as the whole table', async () => {
  const code = [
    'class Purge {',
    '  void run(OrderRepository orderRepository, List<Order> expired) {',
    '    orderRepository.deleteAll();',
    '    orderRepository.deleteAllInBatch();',
    '    orderRepository.deleteAll(expired);',
    '  }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'src/main/java/com/acme/Purge.java')).toEqual([3, 4]);
});

it('reads a filter every row meets as no filter: MongoDB _id $exists, Django pk__isnull=False, Rails where.not(id: nil), Ecto where: true', async () => {
  const ts = [
    'export async function purge(ids: string[]) {',
    '  const all = {};',
    '  await Order.deleteMany(all);',
    '  await Order.deleteMany({ _id: { $exists: true } });',
    '  await Order.deleteMany({ _id: { $ne: null } });',
    '  await Order.deleteMany({ _id: { $in: ids } });',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', ts, 'src/jobs/purge.ts')).toEqual([3, 4, 5]);
  const python = [
    'Order.objects.filter(pk__isnull=False).delete()',
    'Order.objects.filter(id__gte=0).delete()',
    'Order.objects.filter(user__isnull=False).delete()',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', python, 'shop/purge.py')).toEqual([1, 2]);
  const ruby = [
    'class Purge',
    '  def run',
    '    Order.where.not(id: nil).delete_all',
    '    Order.where.not(status: "paid").delete_all',
    '  end',
    'end',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', ruby, 'app/jobs/purge.rb')).toEqual([3]);
  const elixir = [
    'defmodule Acme.Purge do',
    '  def run(id) do',
    '    Repo.delete_all(from u in User, where: true)',
    '    Repo.delete_all(from u in User, where: u.id == ^id)',
    '  end',
    'end',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', elixir, 'lib/acme/purge.ex')).toEqual([3]);
});

const verdicts = async (code: string, path: string) =>
  (await findingsOf(code, path))
    .filter((f) => f.ruleId === 'code/unbounded-orm-delete')
    .map((f) => [f.line, f.blocking, f.downgradedBecause ?? null]);

it('lets a wipe through with a note when only development or tests can reach it', async () => {
  expect(
    await verdicts(
      'if Rails.env.development?\n  Comment.delete_all\nend\nUser.find_or_create_by!(email: "a@example.com")\n',
      'db/seeds.rb',
    ),
  ).toEqual([[2, false, 'runs only in development or tests: it is inside `if Rails.env.development?` (line 1)']]);
  expect(await verdicts('return unless Rails.env.test?\n\nPost.delete_all\n', 'db/seeds.rb')).toEqual([
    [3, false, 'runs only in development or tests: the guard on line 1 leaves first (unless Rails.env.test?)'],
  ]);
  expect(
    await verdicts(
      "async function main() {\n  if (process.env.NODE_ENV !== 'development') {\n    console.log('skip');\n    return;\n  }\n  await prisma.order.deleteMany();\n}\n",
      'prisma/seed.ts',
    ),
  ).toEqual([
    [
      6,
      false,
      "runs only in development or tests: the guard on line 2 leaves first (if process.env.NODE_ENV !== 'development')",
    ],
  ]);
  expect(
    await verdicts(
      "<?php\nclass DemoSeeder extends Seeder\n{\n    public function run(): void\n    {\n        if (! app()->environment('local')) {\n            return;\n        }\n        DB::table('projects')->truncate();\n    }\n}\n",
      'database/seeders/DemoSeeder.php',
    ),
  ).toEqual([
    [
      9,
      false,
      "runs only in development or tests: the guard on line 6 leaves first (if ! app()->environment('local'))",
    ],
  ]);
});

it('still blocks a wipe whose guard lets other environments through', async () => {
  // or-ed with a switch anyone can set
  expect(
    await verdicts('if Rails.env.development? || ENV["RESET"]\n  Comment.delete_all\nend\n', 'db/seeds.rb'),
  ).toEqual([[2, true, null]]);
  // refuses production only: staging is wiped
  expect(
    await verdicts(
      "async function main() {\n  if (process.env.NODE_ENV === 'production') {\n    throw new Error('no');\n  }\n  await prisma.order.deleteMany();\n}\n",
      'prisma/seed.ts',
    ),
  ).toEqual([[5, true, null]]);
  // in the else branch of a development test
  expect(
    await verdicts('if Rails.env.development?\n  puts "dev"\nelse\n  Comment.delete_all\nend\n', 'db/seeds.rb'),
  ).toEqual([[4, true, null]]);
  // the guard does not leave: it only logs
  expect(
    await verdicts(
      "async function main() {\n  if (process.env.NODE_ENV !== 'development') {\n    console.warn('careful');\n  }\n  await prisma.order.deleteMany();\n}\n",
      'prisma/seed.ts',
    ),
  ).toEqual([[5, true, null]]);
  // the guard comes after the wipe
  expect(await verdicts('Post.delete_all\nreturn unless Rails.env.development?\n', 'db/seeds.rb')).toEqual([
    [1, true, null],
  ]);
});

it('reads Knex deletes and truncates of a whole table, and leaves a where alone', async () => {
  const code = [
    "const knex = require('knex')(config);",
    'async function clean(trx, id) {',
    "  await knex('events').del();",
    "  await db.from('sessions').delete();",
    "  await trx('carts').truncate();",
    "  await knex('events').where({ id }).del();",
    "  await knex('events').whereIn('id', ids).delete();",
    "  await cache.del('k');",
    '  await map.delete();',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'src/jobs/clean.js')).toEqual([3, 4, 5]);
});

it('reads deleteAll() on a Spring Data repository under any name its declaration gives', async () => {
  const java = [
    'class Cleanup {',
    '    private final EventRepository events;',
    '    Cleanup(EventRepository events, OrderRepo orders, List<String> names) { this.events = events; }',
    '    void run(OrderRepo orders) {',
    '        events.deleteAll();',
    '        orders.deleteAllInBatch();',
    '        names.deleteAll();',
    '        events.deleteAll(stale);',
    '    }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', java, 'src/main/java/com/acme/Cleanup.java')).toEqual([5, 6]);
  const kotlin = [
    'class Cleanup(private val events: EventRepository) {',
    '    private val names: MutableList<String> = mutableListOf()',
    '    fun run() {',
    '        events.deleteAll()',
    '        names.clear()',
    '    }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', kotlin, 'src/main/kotlin/com/acme/Cleanup.kt')).toEqual([4]);
});
