import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // quoted, schema-qualified, lower case
    { code: 'delete from public."Users";', line: 1, messageId: 'deleteAll' },
    // ONLY and RETURNING do not narrow it
    { code: 'BEGIN;\nDELETE FROM ONLY audit_log RETURNING *;\nCOMMIT;', line: 2, messageId: 'deleteAll' },
  ],
  valid: [
    'DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE deleted);',
    // MySQL: the rows of an inner join
    { code: 'DELETE s FROM sessions s INNER JOIN users u ON u.id = s.user_id;', path: 'db/mysql/V31__x.sql' },
    // ClickHouse: a mutation with a WHERE
    { code: "ALTER TABLE events DELETE WHERE event_date < '2020-01-01';", path: 'clickhouse/migrations/005_x.sql' },
    // commented out
    '-- DELETE FROM sessions;\nSELECT 1;',
  ],
};

ruleTester('sql/delete-without-where', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/delete-without-where', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:1 sql/delete-without-where
    1 | delete from public."Users";
      | ^^^^^^ DELETE FROM public.Users has no WHERE clause and deletes every row

    db/migrations/20261121000000_example.sql:2:1 sql/delete-without-where
    2 | DELETE FROM ONLY audit_log RETURNING *;
      | ^^^^^^ DELETE FROM audit_log has no WHERE clause and deletes every row"
  `);
});
