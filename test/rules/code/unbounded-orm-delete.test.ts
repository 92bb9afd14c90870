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
