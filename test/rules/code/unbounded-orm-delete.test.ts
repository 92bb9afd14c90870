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

it('reads knex and Objection chains with no where, or a where every row meets, and leaves a real where alone', async () => {
  const code = [
    "import knex from '../knex';",
    'export async function purge(userId: string) {',
    "  await knex('sessions').del();",
    "  await knex.from('audit_log').delete();",
    "  await knex('audit_log').whereRaw('1 = 1').del();",
    "  await knex('audit_log').whereNotNull('id').del();",
    "  await knex('audit_log').where({ user_id: userId }).del();",
    "  await knex('events').truncate();",
    '  await Order.query().delete();',
    "  await Order.query().where('tenant_id', userId).delete();",
    "  await supabase.from('todos').delete().eq('user_id', userId);",
    '  await Order.query().deleteById(userId);',
    '  cache.delete(userId);',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'src/jobs/purge.ts')).toEqual([3, 4, 5, 6, 8, 9]);
});

it('reads TypeORM repositories by name or declared type, its query builder, Drizzle, MikroORM and Kysely', async () => {
  const code = [
    "import { orders } from '../db/schema';",
    "import { eq } from 'drizzle-orm';",
    'export class OrderService {',
    '  private cache = new Map<string, Order>();',
    '  constructor(private readonly orders: Repository<Order>, private readonly em: EntityManager) {}',
    '  async purge(id: string) {',
    '    await this.orders.clear();',
    '    await this.orders.delete({});',
    '    await this.orders.delete({ id: Not(IsNull()) });',
    '    await this.em.delete(Order, {});',
    '    await this.orders.createQueryBuilder().delete().from(Order).execute();',
    '    await db.delete(orders);',
    '    await db.delete(orders).where(undefined);',
    '    await this.em.nativeDelete(Order, {});',
    "    await db.deleteFrom('orders').execute();",
    '    await this.orders.delete({ id });',
    "    await this.orders.createQueryBuilder().delete().from(Order).where('id = :id', { id }).execute();",
    '    await db.delete(orders).where(eq(orders.id, id));',
    '    await this.em.nativeDelete(Order, { id });',
    "    await db.deleteFrom('orders').where('id', '=', id).execute();",
    '    this.cache.clear();',
    '  }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'src/orders/order.service.ts')).toEqual([
    7, 8, 9, 10, 11, 12, 13, 14, 15,
  ]);
});

it('reads Prisma and Sequelize filters that narrow nothing', async () => {
  const code = [
    'export async function purge(userId: string) {',
    '  await prisma.order.deleteMany({ where: { id: { not: undefined } } });',
    '  await prisma.order.deleteMany({ where: { id: undefined } });',
    '  await Order.destroy({ where: { id: { [Op.ne]: null } } });',
    '  await prisma.order.deleteMany({ where: { createdAt: { lte: new Date() } } });',
    '  await prisma.order.deleteMany({ where: { userId } });',
    '  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });',
    '  await prisma.order.deleteMany({ where: { id: { not: userId } } });',
    '  await Order.destroy({ where: { userId } });',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'src/jobs/purge.ts')).toEqual([2, 3, 4, 5]);
});

it('reads SQLAlchemy statements, Core tables, Flask queries, Tortoise and peewee', async () => {
  const code = [
    'from sqlalchemy import delete, true',
    'from app.models import Order, orders_table',
    '',
    'def purge(session, conn, user_id):',
    '    session.execute(delete(Order))',
    '    session.execute(delete(Order).where(true()))',
    '    conn.execute(orders_table.delete())',
    '    Order.query.delete()',
    '    session.query(Order).filter().delete(synchronize_session=False)',
    '    Order.delete().execute()',
    '    session.execute(delete(Order).where(Order.user_id == user_id))',
    '    session.query(Order).filter(Order.user_id == user_id).delete()',
    '    Order.query.filter_by(user_id=user_id).delete()',
    '    Order.delete().where(Order.user_id == user_id).execute()',
    '    order = session.get(Order, 1)',
    '    session.delete(order)',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'app/jobs/purge.py')).toEqual([5, 6, 7, 8, 9, 10]);
  const tortoise =
    'async def purge(user_id):\n    await Order.all().delete()\n    await Order.filter(user_id=user_id).delete()\n';
  expect(await lines('code/unbounded-orm-delete', tortoise, 'app/jobs/purge.py')).toEqual([2]);
});

it("reads Django's empty Q() and an exclude that keeps every row", async () => {
  const code = [
    'from django.db.models import Q',
    'def purge(user):',
    '    Order.objects.filter(Q()).delete()',
    '    Order.objects.exclude(pk=None).delete()',
    '    Order.objects.exclude(user=user).delete()',
    '    Order.objects.filter(Q(user=user)).delete()',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'shop/management/commands/purge.py')).toEqual([3, 4]);
});

it('reads Rails batches, a connection truncate and Sequel datasets', async () => {
  const code = [
    'task purge: :environment do',
    '  Order.in_batches(of: 500, &:delete_all)',
    '  ActiveRecord::Base.connection.truncate(:orders)',
    '  DB[:orders].delete',
    '  Order.where(user_id: 1).in_batches(of: 500, &:delete_all)',
    '  DB[:orders].where(id: 1).delete',
    'end',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'lib/tasks/purge.rake')).toEqual([2, 3, 4]);
});

it('reads Eloquent queries narrowed by nothing, the each proxy, and Doctrine builders', async () => {
  const code = [
    '<?php',
    'class Purge extends Command {',
    '  public function handle() {',
    "    Order::whereNotNull('id')->delete();",
    '    Order::withTrashed()->forceDelete();',
    '    Order::all()->each->delete();',
    "    $this->em->createQueryBuilder()->delete(Order::class, 'o')->getQuery()->execute();",
    "    Order::where('user_id', $id)->delete();",
    '    Order::onlyTrashed()->forceDelete();',
    "    $this->em->createQueryBuilder()->delete(Order::class, 'o')->where('o.id = :id')->getQuery()->execute();",
    '  }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', code, 'app/Console/Commands/Purge.php')).toEqual([4, 5, 6, 7]);
});

it('reads Spring Data by declared repository type, Spring Data MongoDB, ent and sqlboiler', async () => {
  const java = [
    'class Purge {',
    '  private final OrderRepository orders;',
    '  void run(Long id) {',
    '    orders.deleteAll();',
    '    orders.deleteAllInBatch();',
    '    mongoTemplate.remove(new Query(), Order.class);',
    '    orders.deleteAll(orders.findByStatus("x"));',
    '    orders.deleteById(id);',
    '    mongoTemplate.remove(new Query(Criteria.where("id").is(id)), Order.class);',
    '  }',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', java, 'src/main/java/com/acme/Purge.java')).toEqual([4, 5, 6]);
  const go = [
    'package jobs',
    '',
    'func Purge(ctx context.Context, client *ent.Client, db *sql.DB, id int) {',
    '\tclient.Order.Delete().ExecX(ctx)',
    '\tmodels.Orders().DeleteAll(ctx, db)',
    '\tclient.Order.Delete().Where(order.ID(id)).ExecX(ctx)',
    '\tmodels.Orders(qm.Where("id = ?", id)).DeleteAll(ctx, db)',
    '}',
    '',
  ].join('\n');
  expect(await lines('code/unbounded-orm-delete', go, 'internal/jobs/purge.go')).toEqual([4, 5]);
});
