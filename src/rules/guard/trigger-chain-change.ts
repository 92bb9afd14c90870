import type { Rule } from '../../core/rule.js';
import { placeOf, type GuardDocument } from './lib/document.js';
import { guardComparisons } from './lib/guard-comparisons.js';

export const triggerChainChange: Rule<GuardDocument, 'weakened'> = {
  meta: {
    id: 'guard/trigger-chain-change',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      "A change to a workflow the gate needs in order to run: the review bridge (any workflow on pull_request_review) or a workflow the gate's workflow_run trigger names, deleted, renamed, its trigger narrowed or its work changed.",
    messages: {
      weakened: 'this change {reason}; reviews would stop re-running the gate, so its verdict could go stale',
    },
    examples: {
      invalid: [
        {
          code: 'name: review relay\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
          base: 'name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
          line: 1,
          path: '.github/workflows/two-key-review-bridge.yml',
        },
        {
          code: 'name: two-key review bridge\non:\n  pull_request_review:\n    types: [edited]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
          base: 'name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
          line: 2,
          path: '.github/workflows/two-key-review-bridge.yml',
        },
        {
          code: '',
          base: 'name: two-key review bridge\non:\n  pull_request_review:\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
          line: 1,
          side: 'base',
          path: '.github/workflows/two-key-review-bridge.yml',
        },
      ],
      valid: [
        {
          code: 'name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted, edited, dismissed]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
          base: 'name: two-key review bridge\non:\n  pull_request_review:\n    types: [submitted]\njobs:\n  bridge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
          path: '.github/workflows/two-key-review-bridge.yml',
        },
        {
          code: 'name: lint\non: pull_request\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n',
          base: 'name: lint\non: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n',
          path: '.github/workflows/lint.yml',
        },
      ],
    },
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === 'chain')) {
      for (const w of c.weakenings) {
        const at = placeOf(doc, w);
        if (at) report({ messageId: 'weakened', data: { reason: w.reason }, ...at });
      }
    }
  },
};
