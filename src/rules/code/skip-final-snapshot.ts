import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../core/rule.js';
import { booleanOf, propertiesOf } from '../../parsers/code/read.js';
import type { CodeDocument } from './lib/document.js';

/** SDK parameter names (AWS API casing, and aws-sdk-ruby's snake case) that throw away the last backup. */
const SAFEGUARDS: Record<string, { when: boolean; what: string }> = {
  SkipFinalSnapshot: { when: true, what: 'no final snapshot is taken before the database is deleted' },
  skip_final_snapshot: { when: true, what: 'no final snapshot is taken before the database is deleted' },
  DeleteAutomatedBackups: { when: true, what: 'the automated backups are deleted with the database' },
  delete_automated_backups: { when: true, what: 'the automated backups are deleted with the database' },
  DeletionProtection: { when: false, what: 'deletion protection is turned off' },
};

export const skipFinalSnapshot: Rule<CodeDocument, 'safeguard'> = {
  meta: {
    id: 'code/skip-final-snapshot',
    family: 'code',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'An SDK call that skips the final snapshot, deletes automated backups or turns deletion protection off (`SkipFinalSnapshot=True`).',
    messages: { safeguard: '{key} = {value}: {what}' },
    examples: {
      invalid: [
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\nrds.delete_db_instance(\n    DBInstanceIdentifier="orders",\n    SkipFinalSnapshot=True,\n)\n',
          line: 6,
          path: 'ops/teardown.py',
        },
        {
          code: 'await rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: id, DeletionProtection: false }));\n',
          line: 1,
          path: 'scripts/unprotect.ts',
        },
      ],
      valid: [
        {
          code: 'rds.delete_db_instance(DBInstanceIdentifier="x", SkipFinalSnapshot=False, FinalDBSnapshotIdentifier="x-final")\n',
          path: 'ops/teardown.py',
        },
        { code: "new aws.rds.Instance('db', { skipFinalSnapshot: true });\n", path: 'infra/index.ts' },
      ],
    },
  },
  check(doc, report) {
    const seen = new Set<number>();
    const flag = (key: string, keyStart: number, keyEnd: number, value: Node) => {
      const safeguard = SAFEGUARDS[key];
      if (!safeguard || seen.has(keyStart) || booleanOf(value) !== safeguard.when) return;
      seen.add(keyStart);
      report({
        messageId: 'safeguard',
        data: { key, value: String(safeguard.when), what: safeguard.what },
        span: { start: keyStart, end: Math.max(keyEnd, value.endIndex) },
      });
    };
    for (const call of doc.calls) {
      for (const arg of call.args) {
        if (arg.key && arg.keySpan) flag(arg.key, arg.keySpan.start, arg.keySpan.end, arg.value);
        for (const p of propertiesOf(arg.value, doc.scope)) flag(p.key, p.keySpan.start, p.keySpan.end, p.value);
        // v3 commands: send(new XCommand({ … })) has the input one call deeper, which is its own call here.
      }
    }
  },
};
