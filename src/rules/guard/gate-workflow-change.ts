import type { Rule } from '../../core/rule.js';
import { placeOf, type GuardDocument } from './lib/document.js';
import { guardComparisons } from './lib/guard-comparisons.js';

export const gateWorkflowChange: Rule<GuardDocument, 'weakened'> = {
  meta: {
    id: 'guard/gate-workflow-change',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A change to a workflow that runs two-key that removes or alters the two-key step, puts a condition on it, narrows its trigger or changes anything else it does.',
    messages: {
      weakened: 'this change {reason}; the gate that holds risky changes for approval depends on this workflow',
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
        {
          code: 'on:\n  pull_request_target:\n    branches: [release]\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
          base: 'on:\n  pull_request_target:\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
          line: 1,
          path: '.github/workflows/two-key.yml',
        },
        {
          code: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n        with:\n          policy: .github/lax.yml\n',
          base: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
          line: 7,
          path: '.github/workflows/two-key.yml',
        },
      ],
      valid: [
        {
          code: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
          path: '.github/workflows/ci.yml',
        },
        {
          code: "on: [pull_request_target]\njobs:\n  gate:\n    runs-on: 'ubuntu-latest'\n    steps:\n      # the gate\n      - uses: acme/two-key@v1\n",
          base: 'on: pull_request_target\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/two-key@v1\n',
          path: '.github/workflows/two-key.yml',
        },
      ],
    },
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === 'gate')) {
      for (const w of c.weakenings) {
        const at = placeOf(doc, w);
        if (at) report({ messageId: 'weakened', data: { reason: w.reason }, ...at });
      }
    }
  },
};
