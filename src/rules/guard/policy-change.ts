import type { Rule } from '../../core/rule.js';
import { placeOf, type GuardDocument } from './lib/document.js';
import { guardComparisons } from './lib/guard-comparisons.js';

export const policyChange: Rule<GuardDocument, 'relaxed'> = {
  meta: {
    id: 'guard/policy-change',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A change that relaxes the two-key policy (.github/two-key.yml, or a file the base policy extends): a lower severity, fewer approvals, a path or production name removed, an exemption added.',
    messages: {
      relaxed:
        'this change {reason} in {label}; the policy decides what later changes need, so relaxing it needs approval',
    },
    examples: {
      invalid: [
        {
          code: 'rules:\n  sql/drop-table: warn\n',
          base: 'rules:\n  sql/drop-table: block\n',
          line: 2,
          path: '.github/two-key.yml',
        },
        {
          code: 'approvals:\n  default:\n    count: 1\n',
          base: 'approvals:\n  default:\n    count: 2\n',
          line: 3,
          path: '.github/two-key.yml',
        },
        {
          code: 'paths:\n  exclude:\n    - db/legacy/**\n',
          base: 'paths:\n  exclude: []\n',
          line: 2,
          path: '.github/two-key.yml',
        },
        {
          code: 'production:\n  hosts: [db.prod.internal]\n',
          base: 'production:\n  hosts:\n    - db.prod.internal\n    - replica.prod.internal\n',
          line: 4,
          side: 'base',
          path: '.github/two-key.yml',
        },
      ],
      valid: [
        { code: 'rules:\n  sql/drop-table: warn\n', path: 'docs/two-key.yml' },
        {
          code: 'rules:\n  sql/truncate: block\n  sql/drop-table: block\n',
          base: 'rules:\n  sql/drop-table: block\n',
          path: '.github/two-key.yml',
        },
      ],
    },
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === 'policy')) {
      for (const w of c.weakenings) {
        const at = placeOf(doc, w);
        if (at) report({ messageId: 'relaxed', data: { reason: w.reason, label: c.label }, ...at });
      }
    }
  },
};
