import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // EXECUTE of a concatenation in a loop
    {
      code: "DO $$\nDECLARE t text;\nBEGIN\n  FOR t IN SELECT tablename FROM pg_tables LOOP\n    EXECUTE 'TRUNCATE ' || t;\n  END LOOP;\nEND $$;",
      line: 5,
      messageId: 'dynamicSql',
    },
    // SQL Server sp_executesql of a variable
    {
      code: "DECLARE @sql nvarchar(max) = N'DROP TABLE ' + @name;\nEXEC sp_executesql @sql;",
      path: 'db/mssql/V5__rotate.sql',
      line: 2,
      messageId: 'dynamicSql',
    },
  ],
  valid: ['DO $$\nBEGIN\n  PERFORM pg_sleep(1);\nEND $$;', "SELECT 'EXECUTE IMMEDIATE';"],
};

ruleTester('sql/dynamic-sql', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/dynamic-sql', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:5:5 sql/dynamic-sql
    5 |     EXECUTE 'TRUNCATE ' || t;
      |     ^^^^^^^ EXECUTE runs SQL that is only known at run time: 'TRUNCATE ' || t; two-key cannot see what it will run

    db/mssql/V5__rotate.sql:2:6 sql/dynamic-sql
    2 | EXEC sp_executesql @sql;
      |      ^^^^^^^^^^^^^ sp_executesql runs SQL that is only known at run time: @sql; two-key cannot see what it will run"
  `);
});
