import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a zero-width joiner inside TRUNCATE, in Python
    {
      code: 'SQL = "TRUN‍CATE TABLE orders"\ncur.execute(SQL.replace("\\u200d", ""))\n',
      path: 'ops/purge.py',
      line: 1,
      messageId: 'literal',
    },
    // fullwidth DELETE FROM normalised in JavaScript
    {
      code: "const t = 'ＤＥＬＥＴＥ ＦＲＯＭ users';\nawait pool.query(t.normalize('NFKC'));\n",
      path: 'src/admin/wipe.js',
      line: 1,
    },
  ],
  valid: [
    { code: "const greeting = 'Ｈｅｌｌｏ';\n", path: 'src/ui.ts' },
    // a zero-width space in harmless text
    { code: "const s = 'hello​world';\n", path: 'src/ui.ts' },
  ],
};

ruleTester('code/disguised-text', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/disguised-text', cases.invalid)).toMatchInlineSnapshot(`
    "ops/purge.py:1:7 code/disguised-text
    1 | SQL = "TRUN‍CATE TABLE orders"
      |       ^^^^^^^^^^^^^^^^^^^^^^^^ this string hides "TRUNCATE" behind invisible or fullwidth characters
    ops/purge.py:2:13 code/disguised-text
    2 | cur.execute(SQL.replace("\\u200d", ""))
      |             ^^^^^^^^^^^^^^^^^^^^^^^^^ this rewrite turns disguised text back into "TRUNCATE"

    src/admin/wipe.js:1:11 code/disguised-text
    1 | const t = 'ＤＥＬＥＴＥ ＦＲＯＭ users';
      |           ^^^^^^^^^^^^^^^^^^^ this string hides "DELETE FROM" behind invisible or fullwidth characters
    src/admin/wipe.js:2:18 code/disguised-text
    2 | await pool.query(t.normalize('NFKC'));
      |                  ^^^^^^^^^^^^^^^^^^^ this rewrite turns disguised text back into "DELETE FROM""
  `);
});
