import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // schema-qualified, CONCURRENTLY
    {
      code: 'ALTER TABLE public.measurements\n  DETACH PARTITION public.measurements_2019 CONCURRENTLY;',
      line: 2,
      messageId: 'detachPartition',
    },
    // lower case FINALIZE
    { code: 'alter table logs detach partition logs_old finalize;', line: 1, messageId: 'detachPartition' },
  ],
  valid: [
    "CREATE TABLE logs_2026 PARTITION OF logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
    // commented out
    '-- ALTER TABLE logs DETACH PARTITION logs_old;\nSELECT 1;',
  ],
};

ruleTester('sql/detach-partition', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/detach-partition', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:2:3 sql/detach-partition
    2 |   DETACH PARTITION public.measurements_2019 CONCURRENTLY;
      |   ^^^^^^ DETACH PARTITION public.measurements_2019 removes those rows from public.measurements (does not block)

    db/migrations/20261121000000_example.sql:1:18 sql/detach-partition
    1 | alter table logs detach partition logs_old finalize;
      |                  ^^^^^^ DETACH PARTITION logs_old removes those rows from logs (does not block)"
  `);
});
