import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Go string concatenation
    {
      code: 'package ops\n\nfunc drop(db *sql.DB, name string) {\n\tdb.Exec("DROP TABLE " + name)\n}\n',
      path: 'internal/ops/drop.go',
      line: 4,
      messageId: 'dynamicSql',
    },
    // a template literal TRUNCATE in a loop
    {
      code: 'for (const t of tables) {\n  await client.query(`TRUNCATE TABLE ${t} CASCADE`);\n}\n',
      path: 'scripts/reset.ts',
      line: 2,
      messageId: 'dynamicSql',
    },
    // Python % formatting of a DROP
    {
      code: 'def drop(cur, name):\n    cur.execute("DROP TABLE %s" % name)\n',
      path: 'ops/drop.py',
      line: 2,
      messageId: 'dynamicSql',
    },
  ],
  valid: [
    // a bound parameter
    {
      code: 'def expire(cur, uid):\n    cur.execute("DELETE FROM sessions WHERE user_id = %s", (uid,))\n',
      path: 'app/sessions.py',
    },
    { code: 'const rows = await client.query(`SELECT * FROM ${table} LIMIT 10`);\n', path: 'scripts/peek.ts' },
  ],
};

ruleTester('code/dynamic-sql', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/dynamic-sql', cases.invalid)).toMatchInlineSnapshot(`
    "internal/ops/drop.go:4:2 code/dynamic-sql
    4 |  db.Exec("DROP TABLE " + name)
      |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ db.Exec runs SQL built at run time in a destructive shape (DROP TABLE … destroys the table and all its rows); what it destroys is decided when it runs

    scripts/reset.ts:2:9 code/dynamic-sql
    2 |   await client.query(\`TRUNCATE TABLE \${t} CASCADE\`);
      |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ client.query runs SQL built at run time in a destructive shape (TRUNCATE … deletes every row); what it destroys is decided when it runs

    ops/drop.py:2:5 code/dynamic-sql
    2 |     cur.execute("DROP TABLE %s" % name)
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cur.execute runs SQL built at run time in a destructive shape (DROP TABLE … destroys the table and all its rows); what it destroys is decided when it runs"
  `);
});
