import type { RawFinding } from '../../core/checker.js';
import type { Rule } from '../../core/rule.js';
import { snippetSpan } from '../../parsers/universal/text-lines.js';
import type { UniversalDocument } from './lib/document.js';
import { loadedReaders } from './lib/lazy-readers.js';

export const unrecognisedSql: Rule<UniversalDocument, 'sql'> = {
  meta: {
    id: 'universal/unrecognised-sql',
    family: 'universal',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'Destructive SQL in a file or place no reader of two-key understands (a config value, a text runbook, a string in code, a notebook cell): it may run, so it needs approval.',
    messages: {
      sql: '{inner}; it is written in {context}, a context two-key has no reader for, so whatever runs it is unknown and it needs approval',
    },
    examples: {
      invalid: [
        {
          code: 'Release steps\n\npsql "$DATABASE_URL" <<EOF\nDROP TABLE legacy_orders;\nEOF\n',
          line: 4,
          path: 'ops/release.txt',
        },
        { code: '[hooks]\npre_deploy = "TRUNCATE TABLE sessions, carts"\n', line: 2, path: 'deploy/hooks.toml' },
        { code: 'jobs:\n  cleanup:\n    sql: DROP TABLE `audit_log`\n', line: 3, path: 'config/jobs.yaml' },
        { code: '{\n  "onRelease": "DELETE FROM users;"\n}\n', line: 2, path: 'config/release.json' },
      ],
      valid: [
        { code: 'Never run DROP TABLE users on the primary; ask the DBA first.\n', path: 'ops/notes.txt' },
        { code: 'Drop table users once the backfill is done.\n', path: 'ops/plan.txt' },
        { code: '-- DROP TABLE users;\n# DROP TABLE users;\n', path: 'ops/cleanup.conf' },
        {
          code: "queries:\n  recent: SELECT * FROM orders WHERE created_at > now() - interval '1 day'\n",
          path: 'config/queries.yml',
        },
        { code: 'Run `DROP TABLE users;` only in a sandbox.\n', path: 'docs/runbook.md' },
      ],
    },
  },
  check(doc, report) {
    if (doc.sql.length === 0) return;
    const pieces = doc.sql.map((s) => ({
      text: s.text,
      toFile: s.toFile,
      call: s.context,
      unit: snippetSpan(s),
      rollbackOnly: false,
    }));
    const contexts = new Map(pieces.map((p) => [p.unit.start, p.call]));
    for (const finding of loadedReaders().embeddedSqlFindings(doc.path, pieces, doc.policy).findings) {
      if (!blocks(finding, doc)) continue;
      report({
        messageId: 'sql',
        data: { inner: finding.message, context: contexts.get(finding.unit.start) ?? 'this file' },
        span: finding.span,
        unit: finding.unit,
        // What the SQL or shell rule saw that makes it routine (a test database, a scratch table) holds here too.
        ...(finding.downgradedBecause ? { downgradedBecause: finding.downgradedBecause } : {}),
      });
    }
  },
};

/** Only what would block in a file its family reads: the policy's severities still decide. */
export function blocks(finding: RawFinding, doc: UniversalDocument): boolean {
  if (finding.kind !== 'destructive' || finding.rollbackOnly) return false;
  return (doc.policy.rules[finding.ruleId] ?? finding.defaultSeverity) === 'block';
}
