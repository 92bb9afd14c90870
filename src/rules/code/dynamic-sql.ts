import type { Rule } from '../../core/rule.js';
import type { CodeDocument } from './lib/document.js';

export const codeDynamicSql: Rule<CodeDocument, 'dynamicSql'> = {
  meta: {
    id: 'code/dynamic-sql',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'Application code runs SQL built from pieces (f-strings, format, concatenation, template literals) whose known part is destructive: `DROP TABLE ${name}` in a loop drops whatever the names turn out to be.',
    messages: {
      dynamicSql:
        '{call} runs SQL built at run time in a destructive shape ({shape}); what it destroys is decided when it runs',
    },
    examples: {
      invalid: [
        {
          code: 'def purge(cur, tables):\n    for t in tables:\n        cur.execute(f"DROP TABLE IF EXISTS {t} CASCADE")\n',
          line: 3,
          path: 'ops/purge.py',
        },
        {
          code: 'export async function wipe(pool, table) {\n  await pool.query("TRUNCATE " + table);\n}\n',
          line: 2,
          path: 'src/admin/wipe.js',
        },
        {
          code: 'package main\n\nfunc reset(db *sql.DB, t string) {\n\tdb.Exec(fmt.Sprintf("DELETE FROM %s", t))\n}\n',
          line: 4,
          path: 'cmd/reset/main.go',
        },
      ],
      valid: [
        {
          code: 'def expire(cur, days):\n    cur.execute("DELETE FROM sessions WHERE created_at < now() - %s::interval", (days,))\n',
          path: 'app/jobs.py',
        },
        {
          code: 'export const byId = (pool, id) => pool.query(`SELECT * FROM orders WHERE id = ${Number(id)}`);\n',
          path: 'src/orders.js',
        },
      ],
    },
  },
  check(doc, report) {
    for (const d of doc.dynamicSql) {
      report({ messageId: 'dynamicSql', data: { call: d.call, shape: d.shape }, span: d.span, unit: d.unit });
    }
  },
};
