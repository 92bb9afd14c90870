import type { Rule } from '../../core/rule.js';
import type { ShellDocument } from './lib/document.js';
import { remoteSteps } from './lib/remote-steps.js';

export const unreadRemoteStep: Rule<ShellDocument, 'destructive' | 'production' | 'branch'> = {
  meta: {
    id: 'shell/unread-remote-step',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A CI step whose commands live outside the repository (a GitHub action or reusable workflow from another repository, a GitLab job built on a project/remote/template/component include, a CircleCI orb, an Azure template from another repository, a Bitbucket pipe) and that names a destructive operation or receives production credentials, or a GitLab project include whose `ref:` moves to a branch. Two-key cannot read what it runs, so it fails closed.',
    messages: {
      destructive:
        '{what} comes from {from}, not read, and names a destructive operation ({trigger}): what it runs cannot be seen',
      production:
        '{what} comes from {from}, not read, and receives production ({trigger}): what it runs there cannot be seen',
      branch:
        '{what} now follows the branch {trigger}: its jobs come from {from}, not read, and change whenever that branch does',
    },
    examples: {
      invalid: [
        {
          code: 'jobs:\n  db:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/pg-tools@v2\n        with:\n          command: drop-database\n',
          line: 5,
          path: '.github/workflows/db.yml',
        },
        {
          code: 'include:\n  - project: platform/ci\n    file: /db.yml\nwipe:\n  extends: .db-wipe\n  environment: production\n',
          line: 5,
          path: '.gitlab-ci.yml',
        },
      ],
      valid: [
        {
          code: 'jobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n',
          path: '.github/workflows/ci.yml',
        },
      ],
    },
  },
  check(doc, report) {
    for (const step of remoteSteps(doc.path, doc.text, doc.baseText, doc.read)) {
      report({
        messageId: step.trigger.kind,
        span: step.span,
        unit: step.unit,
        data: { what: step.what, from: step.from, trigger: step.trigger.text },
        ...(step.readOnly ? { downgradedBecause: step.readOnly } : {}),
      });
    }
  },
};
