import type { Rule } from '../../core/rule.js';
import { itemsOf, scalarText, valueAt } from '../../parsers/yaml/positions.js';
import { removedObjects, type ManifestDocument } from './lib/manifest-document.js';

export const removedVolumeClaim: Rule<ManifestDocument, 'claim' | 'statefulSet'> = {
  meta: {
    id: 'iac/removed-volume-claim',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A PersistentVolumeClaim, or a StatefulSet with volume claim templates, removed from the manifests: a pruning deploy (Argo CD, Flux, `kubectl apply --prune`, Helm) deletes it and, with the usual Delete reclaim policy, its volume.',
    messages: {
      claim:
        'PersistentVolumeClaim {name} is removed from the manifests: a pruning deploy deletes it, and with reclaim policy Delete its volume and data',
      statefulSet:
        'StatefulSet {name}, which claims volumes ({claims}), is removed from the manifests: a pruning deploy deletes it and may delete its volumes',
    },
    examples: {
      invalid: [
        {
          path: 'k8s/db.yaml',
          base: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: db-data\nspec:\n  resources:\n    requests:\n      storage: 20Gi\n',
          code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n',
          line: 7,
          side: 'base',
        },
        {
          path: 'charts/db/templates/statefulset.yaml',
          base: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ include "db.fullname" . }}\n  labels:\n    {{- include "db.labels" . | nindent 4 }}\nspec:\n  volumeClaimTemplates:\n    - metadata:\n        name: data\n',
          code: '',
          line: 2,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'k8s/db.yaml',
          base: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: db-data\nspec: {}\n',
          code: '# the claim stays\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: db-data\nspec:\n  storageClassName: gp3\n',
        },
        {
          path: 'k8s/web.yaml',
          base: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  replicas: 1\n',
          code: '',
        },
      ],
    },
  },
  check(doc, report) {
    for (const object of removedObjects(doc)) {
      const data = { name: object.name || '(unnamed)', claims: '' };
      if (object.kind === 'PersistentVolumeClaim') {
        report({ messageId: 'claim', data, span: object.kindSpan, unit: object.span, side: 'base' });
      } else if (object.kind === 'StatefulSet') {
        const claims = itemsOf(valueAt(object.root, 'spec', 'volumeClaimTemplates'));
        if (claims.length === 0) continue;
        data.claims = claims.map((c) => scalarText(valueAt(c, 'metadata', 'name')) ?? '?').join(', ');
        report({ messageId: 'statefulSet', data, span: object.kindSpan, unit: object.span, side: 'base' });
      }
    }
  },
};
