import type { Rule } from '../../core/rule.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './lib/document.js';

export const historyRemoved: Rule<SqlDocument, 'historyRemoved' | 'historyRemovedEverywhere'> = {
  meta: {
    id: 'sql/history-removed',
    family: 'sql',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A recovery safeguard switched off or cut short: Snowflake Time Travel, Delta VACUUM retention, Oracle flashback and recycle bin, SQL Server full recovery.',
    messages: {
      historyRemoved: '{setting} on {target}: the history that undoes a bad change is gone',
      historyRemovedEverywhere: '{setting}: the history that undoes a bad change is gone',
    },
    examples: {
      invalid: [
        { code: 'ALTER TABLE raw.events SET DATA_RETENTION_TIME_IN_DAYS = 0;', line: 1 },
        { code: 'OPTIMIZE events;\nVACUUM events RETAIN 0 HOURS;', line: 2, path: 'databricks/maintenance.sql' },
      ],
      valid: [
        'ALTER TABLE raw.events SET DATA_RETENTION_TIME_IN_DAYS = 30;',
        'VACUUM main.analytics.events RETAIN 168 HOURS;',
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'history-off')) {
      // A table this change creates has no history worth keeping yet.
      if (operation.target.length && !heldDataBefore(doc, operation.target, operation.span.start)) continue;
      const data = { setting: operation.setting, target: displayName(operation.target) };
      const messageId = operation.target.length ? 'historyRemoved' : 'historyRemovedEverywhere';
      report({ messageId, data, span: operation.span, unit });
    }
  },
};
