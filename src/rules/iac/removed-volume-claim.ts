import type { Rule } from '../../core/rule.js';
import { itemsOf, pairOf, pairSpan, scalarText, valueAt, valueOf } from '../../parsers/yaml/positions.js';
import { removedObjects, type ManifestDocument } from './lib/manifest-document.js';
import type { KubeObject } from '../../parsers/kubernetes/manifests.js';
import type { Span } from '../../core/types.js';

/** The names of a StatefulSet's claim templates, each at its `name:` line. */
function claimNames(object: KubeObject): { name: string; span: Span }[] {
  return itemsOf(valueAt(object.root, 'spec', 'volumeClaimTemplates')).flatMap((c) => {
    const pair = pairOf(valueOf(c, 'metadata'), 'name');
    const name = pair ? scalarText(pair.value) : undefined;
    return pair && name !== undefined ? [{ name, span: pairSpan(pair) }] : [];
  });
}

export const removedVolumeClaim: Rule<ManifestDocument, 'claim' | 'statefulSet' | 'template'> = {
  meta: {
    id: 'iac/removed-volume-claim',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A PersistentVolumeClaim, or a StatefulSet with volume claim templates, removed from the manifests: a pruning deploy (Argo CD, Flux, `kubectl apply --prune`, Helm) deletes it and, with the usual Delete reclaim policy, its volume. Also a claim template removed or renamed in a StatefulSet that stays: its pods start on new, empty claims.',
    messages: {
      claim:
        'PersistentVolumeClaim {name} is removed from the manifests: a pruning deploy deletes it, and with reclaim policy Delete its volume and data',
      statefulSet:
        'StatefulSet {name}, which claims volumes ({claims}), is removed from the manifests: a pruning deploy deletes it and may delete its volumes',
      template:
        'StatefulSet {name} no longer has the volume claim template {claims}: its pods start on new, empty claims (the template cannot change in place, so a deploy recreates the StatefulSet) and the data stays on claims nothing mounts',
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
    // A StatefulSet that stays, with a claim template removed or renamed.
    if (!doc.headRead) return;
    for (const before of doc.base) {
      if (before.kind !== 'StatefulSet') continue;
      const after = doc.head.find((o) => o.key === before.key);
      if (!after) continue;
      const kept = new Set(claimNames(after).map((c) => c.name));
      for (const claim of claimNames(before)) {
        if (kept.has(claim.name)) continue;
        report({
          messageId: 'template',
          data: { name: before.name || '(unnamed)', claims: claim.name },
          span: claim.span,
          unit: before.span,
          side: 'base',
        });
      }
    }
  },
};
