import type { Rule } from '../../core/rule.js';
import { removedObjects, type ManifestDocument } from './lib/manifest-document.js';

export const removedNamespace: Rule<ManifestDocument, 'removed'> = {
  meta: {
    id: 'iac/removed-namespace',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A Namespace removed from the manifests: a pruning deploy deletes the namespace and everything in it, volume claims included.',
    messages: {
      removed:
        'Namespace {name} is removed from the manifests: a pruning deploy deletes it with every object in it, volume claims and their data included',
    },
    examples: {
      invalid: [
        {
          path: 'deploy/namespaces.yaml',
          base: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ledger\n',
          code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n',
          line: 7,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'deploy/namespaces.yaml',
          base: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n',
          code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n  labels:\n    team: core\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const object of removedObjects(doc)) {
      if (object.kind !== 'Namespace') continue;
      report({
        messageId: 'removed',
        data: { name: object.name },
        span: object.kindSpan,
        unit: object.span,
        side: 'base',
      });
    }
  },
};
