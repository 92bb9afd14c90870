import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // FLUSHALL ASYNC on a numbered database
    { code: 'redis-cli -n 0 FLUSHALL ASYNC\n', path: 'scripts/ops.sh', line: 1, messageId: 'redis' },
    // FLUSHDB in lower case with a URL
    { code: 'redis-cli -u "$REDIS_URL" flushdb\n', path: 'scripts/ops.sh', line: 1, messageId: 'redis' },
    // deleteMany with an empty filter, from a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: mongosh "$MONGO_URL" --eval "db.orders.deleteMany({})"\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'mongo',
    },
  ],
  valid: [
    { code: 'redis-cli -u "$REDIS_URL" INFO keyspace\n', path: 'scripts/ops.sh' },
    { code: 'mongosh "$MONGO_URL" --eval "db.orders.countDocuments({})"\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/datastore-wipe', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/datastore-wipe', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:1 shell/datastore-wipe
    1 | redis-cli -n 0 FLUSHALL ASYNC
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redis-cli FLUSHALL deletes every key of every database of the Redis server

    scripts/ops.sh:1:1 shell/datastore-wipe
    1 | redis-cli -u "$REDIS_URL" flushdb
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redis-cli FLUSHDB deletes every key of the Redis database

    .github/workflows/ops.yml:5:14 shell/datastore-wipe
    5 |       - run: mongosh "$MONGO_URL" --eval "db.orders.deleteMany({})"
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mongosh --eval runs .deleteMany({}), which drops or empties the collection"
  `);
});
