import type { Rule } from '../../core/rule.js';
import { firstChange, type GuardDocument } from './document.js';
import { isCodeowners, isPolicyFile } from './guard-files.js';

export const policyChange: Rule<GuardDocument, 'policy' | 'codeowners'> = {
  meta: {
    id: 'guard/policy-change',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A change to the two-key policy (.github/two-key.yml) or to CODEOWNERS, which decide what needs approval and from whom.',
    messages: {
      policy:
        'this change edits the two-key policy; it takes effect once merged, so whoever approves it decides what later changes need',
      codeowners: 'this change edits CODEOWNERS, which decides who must review changes to protected paths',
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
          code: '* @acme/dev\n',
          base: '* @acme/dev\n/db/ @acme/dba\n',
          line: 2,
          side: 'base',
          path: '.github/CODEOWNERS',
        },
      ],
      valid: [{ code: 'rules:\n  sql/drop-table: warn\n', path: 'docs/two-key.yml' }],
    },
  },
  check(doc, report) {
    const messageId = isPolicyFile(doc.path) || isPolicyFile(doc.previousPath ?? '') ? 'policy' : 'codeowners';
    if (messageId === 'codeowners' && !isCodeowners(doc.path) && !isCodeowners(doc.previousPath ?? '')) return;
    const at = firstChange(doc);
    if (at) report({ messageId, ...at });
  },
};
