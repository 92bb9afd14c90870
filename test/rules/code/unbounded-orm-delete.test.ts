import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

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
