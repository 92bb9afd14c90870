import type { Rule } from '../../core/rule.js';
import { firstChange, type GuardDocument } from './lib/document.js';
import { guardComparisons } from './lib/guard-comparisons.js';

export const guardFileEdit: Rule<GuardDocument, 'edited'> = {
  meta: {
    id: 'guard/guard-file-edit',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'warn',
    description:
      'An edit to a guard file (policy, CODEOWNERS, gate or bridge workflow, agent settings) that weakens nothing two-key can tell: a reorder, a reformat, an owner or a check added. A note, never blocking.',
    messages: {
      edited:
        '{label} changed, but nothing it guards got weaker (a reorder, a reformat, an owner or a check added); shown so a reviewer sees it',
    },
    examples: {
      invalid: [
        {
          code: '* @acme/dev\n/db/ @acme/dba @acme/sre\n',
          base: '* @acme/dev\n/db/ @acme/dba\n',
          line: 2,
          path: '.github/CODEOWNERS',
        },
        {
          code: 'name: two-key\non: [pull_request_target]\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
          base: 'name: two-key\non: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
          line: 2,
          path: '.github/workflows/two-key.yml',
        },
      ],
      valid: [
        { code: 'rules:\n  sql/drop-table: warn\n', path: 'docs/two-key.yml' },
        {
          code: '* @acme/dev\n/db/ @acme/dba\n',
          base: '* @acme/dev\n/db/ @acme/dev\n',
          path: '.gitignore',
        },
      ],
    },
  },
  check(doc, report) {
    const comparisons = guardComparisons(doc);
    if (comparisons.length === 0 || comparisons.some((c) => c.weakenings.length > 0)) return;
    if (!comparisons.some((c) => c.edited)) return;
    const at = firstChange(doc);
    const label = [...new Set(comparisons.map((c) => c.label))].join(' and ');
    if (at) report({ messageId: 'edited', data: { label }, ...at });
  },
};
