import type { Rule } from '../../core/rule.js';
import { databaseCliCall } from './lib/database-cli.js';
import { at, type ShellDocument } from './lib/document.js';

/**
 * The SQL itself goes to the SQL rules from the checker (findings carry their `sql/*` ids);
 * this rule fails closed on what cannot be read: SQL decided wholly at run time.
 */
export const databaseCliSql: Rule<ShellDocument, 'dynamic'> = {
  meta: {
    id: 'shell/database-cli-sql',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`psql`, `mysql`, `sqlite3` or `sqlcmd` running SQL decided at run time (`-c "$SQL"`) against a database that is not local. SQL spelled out in the command (`-c`, `-e`, a heredoc, a pipe) is read by the SQL rules.',
    messages: { dynamic: '{program} {via} runs SQL decided at run time; two-key cannot see what it will do' },
    examples: {
      invalid: [
        { code: 'psql "$DATABASE_URL" -c "$MIGRATION_SQL"\n', line: 1, path: 'scripts/x.sh' },
        { code: 'db:\n\tmysql -h db.prod.internal -e "$$QUERY" app\n', line: 2, path: 'Makefile' },
      ],
      valid: [
        { code: 'psql -h localhost -c "$SQL" app_dev\n', path: 'scripts/x.sh' },
        { code: 'psql "$DATABASE_URL" -c "SELECT count(*) FROM users"\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of doc.commands) {
      const call = databaseCliCall(command);
      if (!call || call.local) continue;
      for (const via of call.dynamic)
        report({ messageId: 'dynamic', data: { program: call.program, via }, ...at(command) });
    }
  },
};
