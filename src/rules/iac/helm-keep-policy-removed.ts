import type { Rule } from '../../core/rule.js';
import type { KubeObject } from '../../parsers/kubernetes/manifests.js';
import { pairOf, pairSpan, scalarText, valueAt } from '../../parsers/yaml/positions.js';
import type { ManifestDocument } from './lib/manifest-document.js';

const KEEP = 'helm.sh/resource-policy';

function keepPair(object: KubeObject) {
  const pair = pairOf(valueAt(object.root, 'metadata', 'annotations'), KEEP);
  return pair && scalarText(pair.value) === 'keep' ? pair : undefined;
}

/** The head object that is the base one: the same key, or the only object of its kind on both sides. */
function counterpart(doc: ManifestDocument, object: KubeObject): KubeObject | undefined {
  const same = doc.head.find((o) => o.key === object.key);
  if (same) return same;
  const before = doc.base.filter((o) => o.kind === object.kind);
  const after = doc.head.filter((o) => o.kind === object.kind);
  return before.length === 1 && after.length === 1 ? after[0] : undefined;
}

export const helmKeepPolicyRemoved: Rule<ManifestDocument, 'removed'> = {
  meta: {
    id: 'iac/helm-keep-policy-removed',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'The `helm.sh/resource-policy: keep` annotation removed from an object (a PersistentVolumeClaim, a StatefulSet): `helm uninstall`, or a rename of the release, now deletes it with its data.',
    messages: {
      removed:
        '{kind} {name} loses helm.sh/resource-policy: keep; helm uninstall (or a change that drops it from the chart) now deletes it and the data it holds',
    },
    examples: {
      invalid: [
        {
          path: 'charts/db/templates/pvc.yaml',
          base: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  annotations:\n    helm.sh/resource-policy: keep\nspec:\n  accessModes: [ReadWriteOnce]\n',
          code: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [ReadWriteOnce]\n',
          line: 6,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'charts/db/templates/pvc.yaml',
          base: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  annotations:\n    helm.sh/resource-policy: keep\nspec:\n  accessModes: [ReadWriteOnce]\n',
          code: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  annotations:\n    helm.sh/resource-policy: keep\nspec:\n  accessModes: [ReadWriteMany]\n',
        },
      ],
    },
  },
  check(doc, report) {
    if (!doc.headRead) return;
    for (const object of doc.base) {
      const pair = keepPair(object);
      if (!pair) continue;
      const head = counterpart(doc, object);
      // An object the change removes is reported by the rules on removed objects.
      if (!head || keepPair(head)) continue;
      report({
        messageId: 'removed',
        data: { kind: object.kind, name: object.name },
        span: pairSpan(pair),
        unit: object.span,
        side: 'base',
      });
    }
  },
};
