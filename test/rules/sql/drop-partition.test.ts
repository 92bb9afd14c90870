import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // one partition, one line
    {
      code: 'ALTER TABLE events DROP PARTITION p2019;',
      path: 'db/mysql/V20__change.sql',
      line: 1,
      messageId: 'dropPartition',
    },
    // lower case with backticks
    {
      code: 'alter table `metrics`\n  drop partition `p_2020_01`;',
      path: 'db/mysql/V20__change.sql',
      line: 2,
      messageId: 'dropPartition',
    },
    // ClickHouse: a partition named by a string, by ID, a part, and the detached data on disk
    {
      code: "ALTER TABLE events DROP PARTITION '202401';\nALTER TABLE events DROP PARTITION ID '202402';",
      path: 'clickhouse/migrations/008_x.sql',
      line: 2,
      messageId: 'dropPartition',
    },
    {
      code: "ALTER TABLE events ON CLUSTER main DROP DETACHED PART 'all_1_1_0';",
      path: 'clickhouse/migrations/009_x.sql',
      line: 1,
      messageId: 'dropPartition',
    },
  ],
  valid: [
    {
      code: 'ALTER TABLE events ADD PARTITION (PARTITION p2027 VALUES LESS THAN (2028));',
      path: 'db/mysql/V20__change.sql',
    },
    { code: 'ALTER TABLE events ANALYZE PARTITION p2019;', path: 'db/mysql/V20__change.sql' },
  ],
};

ruleTester('sql/drop-partition', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/drop-partition', cases.invalid)).toMatchInlineSnapshot(`
    "db/mysql/V20__change.sql:1:20 sql/drop-partition
    1 | ALTER TABLE events DROP PARTITION p2019;
      |                    ^^^^ DROP PARTITION p2019 on events deletes every row in those partitions

    db/mysql/V20__change.sql:2:3 sql/drop-partition
    2 |   drop partition \`p_2020_01\`;
      |   ^^^^ DROP PARTITION p_2020_01 on metrics deletes every row in those partitions

    clickhouse/migrations/008_x.sql:1:20 sql/drop-partition
    1 | ALTER TABLE events DROP PARTITION '202401';
      |                    ^^^^ DROP PARTITION '202401' on events deletes every row in those partitions
    clickhouse/migrations/008_x.sql:2:20 sql/drop-partition
    2 | ALTER TABLE events DROP PARTITION ID '202402';
      |                    ^^^^ DROP PARTITION '202402' on events deletes every row in those partitions

    clickhouse/migrations/009_x.sql:1:36 sql/drop-partition
    1 | ALTER TABLE events ON CLUSTER main DROP DETACHED PART 'all_1_1_0';
      |                                    ^^^^ DROP PARTITION 'all_1_1_0' on events deletes every row in those partitions"
  `);
});
