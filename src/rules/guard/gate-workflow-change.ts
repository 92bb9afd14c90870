import type { Rule } from '../../core/rule.js';
import { firstChange, type GuardDocument } from './document.js';
import { isWorkflow, twoKeySteps } from './guard-files.js';

export const gateWorkflowChange: Rule<GuardDocument, 'changed' | 'removed'> = {
  meta: {
    id: 'guard/gate-workflow-change',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description: 'A change to a workflow that runs two-key, or one that stops running it.',
    messages: {
      changed: 'this change edits the workflow that runs two-key, the gate that holds risky changes for approval',
      removed: 'this change stops running two-key in this workflow, which removes the approval gate',
    },
    examples: {
      invalid: [
        {
          code: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo skipped\n',
          base: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
          line: 6,
          side: 'base',
          path: '.github/workflows/two-key.yml',
        },
        {
          code: 'on: pull_request_target\njobs:\n  gate:\n    if: false\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
          base: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
          line: 4,
          path: '.github/workflows/two-key.yml',
        },
      ],
      valid: [
        {
          code: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
          path: '.github/workflows/ci.yml',
        },
      ],
    },
  },
  check(doc, report) {
    if (!isWorkflow(doc.path)) return;
    const head = doc.status === 'removed' ? [] : twoKeySteps(doc.text);
    const base = doc.baseText === undefined ? [] : twoKeySteps(doc.baseText);
    if (head.length === 0 && base.length > 0) {
      report({ messageId: 'removed', span: base[0]!, side: 'base' });
      return;
    }
    if (head.length === 0 || doc.baseText === undefined) return;
    const at = firstChange(doc);
    if (at) report({ messageId: 'changed', ...at });
  },
};
