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
      |   ^^^^ DROP PARTITION p_2020_01 on metrics deletes every row in those partitions"
  `);
});
