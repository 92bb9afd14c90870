import type { Rule } from '../../core/rule.js';
import { headOf, type GuardDocument } from './lib/document.js';
import { isWorkflow } from './lib/guard-files.js';
import { readWorkflow, statusCalls, statusPermissions, type StatusWrite } from './lib/workflow.js';

export const statusWriter: Rule<GuardDocument, 'permission' | 'call'> = {
  meta: {
    id: 'guard/status-writer',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A workflow the change gives statuses: write or checks: write, or that newly calls the commit statuses or check runs API (gh api, curl, actions/github-script, a status action): it could post a forged two-key success.',
    messages: {
      permission:
        'this workflow gets {what}: a workflow that can write commit statuses or check runs can post a two-key success on any commit',
      call: 'this workflow has {what}: it can post a commit status or check run, such as a forged two-key success',
    },
    examples: {
      invalid: [
        {
          code: 'on: pull_request\npermissions:\n  statuses: write\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
          line: 3,
          path: '.github/workflows/ok.yml',
        },
        {
          code: 'on: pull_request\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo posting\n          gh api repos/${{ github.repository }}/statuses/${{ github.sha }} -f state=success -f context=two-key\n',
          line: 8,
          path: '.github/workflows/ok.yml',
        },
        {
          code: "on: pull_request\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            await github.rest.repos.createCommitStatus({ ...context.repo, sha: context.sha, state: 'success', context: 'two-key' })\n",
          line: 9,
          path: '.github/workflows/ok.yml',
        },
      ],
      valid: [
        {
          code: 'on: pull_request\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
          path: '.github/workflows/ci.yml',
        },
        {
          code: 'on: pull_request\npermissions:\n  contents: read\n  statuses: write\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
          base: 'on: pull_request\npermissions:\n  statuses: write\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
          path: '.github/workflows/ci.yml',
        },
      ],
    },
  },
  check(doc, report) {
    const head = headOf(doc);
    if (head === undefined || !isWorkflow(doc.path)) return;
    const now = readWorkflow(head);
    if (!now.parsed) return;
    const before = doc.baseText === undefined ? undefined : readWorkflow(doc.baseText);
    const had = (list: (w: typeof now) => StatusWrite[]) =>
      new Set(before?.parsed ? list(before).map((w) => w.key) : []);
    const hadPermissions = had(statusPermissions);
    for (const grant of statusPermissions(now)) {
      if (!hadPermissions.has(grant.key))
        report({ messageId: 'permission', data: { what: grant.what }, span: grant.span });
    }
    const hadCalls = new Set(before?.parsed ? statusCalls(before, doc.baseText!).map((w) => w.key) : []);
    for (const call of statusCalls(now, head)) {
      if (!hadCalls.has(call.key)) report({ messageId: 'call', data: { what: call.what }, span: call.span });
    }
  },
};
