import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Spark without the TABLE keyword, backticked name, after a CTE
    {
      code: 'WITH latest AS (SELECT * FROM raw.users)\nINSERT OVERWRITE `warehouse`.`dim_users`\nSELECT * FROM latest;',
      path: 'jobs/sql/dim_users.sql',
      line: 2,
      messageId: 'overwrite',
    },
    // a staging-named table is reported, downgraded
    {
      code: 'INSERT OVERWRITE TABLE stg_orders SELECT * FROM raw.orders;',
      path: 'etl/hive/stg_orders.hql',
      line: 1,
      messageId: 'overwrite',
    },
  ],
  valid: [
    // a dynamic partition overwrite replaces only the partitions written
    { code: 'INSERT OVERWRITE TABLE events PARTITION (ds)\nSELECT *, ds FROM raw.events;', path: 'etl/events.hql' },
    // a plain insert, and a table made in the same script
    'INSERT INTO orders SELECT * FROM staging_orders;',
    {
      code: 'CREATE TABLE tmp_ids (id BIGINT);\nINSERT OVERWRITE TABLE tmp_ids SELECT id FROM users;',
      path: 'etl/ids.hql',
    },
  ],
};

ruleTester('sql/insert-overwrite', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/insert-overwrite', cases.invalid)).toMatchInlineSnapshot(`
    "jobs/sql/dim_users.sql:2:1 sql/insert-overwrite
    2 | INSERT OVERWRITE \`warehouse\`.\`dim_users\`
      | ^^^^^^ INSERT OVERWRITE warehouse.dim_users replaces every existing row of the table

    etl/hive/stg_orders.hql:1:1 sql/insert-overwrite
    1 | INSERT OVERWRITE TABLE stg_orders SELECT * FROM raw.orders;
      | ^^^^^^ INSERT OVERWRITE stg_orders replaces every existing row of the table (does not block: stg_orders is named as a staging table, reloaded by design)"
  `);
});
