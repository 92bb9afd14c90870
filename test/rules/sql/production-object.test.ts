import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a BigQuery project named prod
    {
      code: "UPDATE `acme-prod.billing.invoices` SET status = 'void' WHERE id = 1;",
      path: 'warehouse/bq/fix.sql',
      line: 1,
      messageId: 'productionObject',
    },
    // a schema named production
    { code: 'INSERT INTO production.orders SELECT * FROM staging.orders;', line: 1, messageId: 'productionObject' },
  ],
  valid: [
    // prod only inside a column name
    'ALTER TABLE products ADD COLUMN production_date date;',
    { code: 'SELECT * FROM `acme-dev.events.page_views`;', path: 'warehouse/bq/read.sql' },
  ],
};

ruleTester('sql/production-object', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/production-object', cases.invalid)).toMatchInlineSnapshot(`
    "warehouse/bq/fix.sql:1:8 sql/production-object
    1 | UPDATE \`acme-prod.billing.invoices\` SET status = 'void' WHERE id = 1;
      |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ acme-prod.billing.invoices is a production object (does not block)

    db/migrations/20261121000000_example.sql:1:13 sql/production-object
    1 | INSERT INTO production.orders SELECT * FROM staging.orders;
      |             ^^^^^^^^^^ production.orders is a production object (does not block)"
  `);
});
