import type { Rule } from '../../core/rule.js';
import { pairOf, pairSpan, scalarText, valueAt } from '../../parsers/yaml/positions.js';
import type { KubeObject } from '../../parsers/kubernetes/manifests.js';
import type { ManifestDocument } from './lib/manifest-document.js';

const CNRM = 'cnrm.cloud.google.com/deletion-policy';

/** Crossplane's `spec.deletionPolicy` (default Delete) on a managed resource of a provider group. */
function crossplanePolicy(object: KubeObject) {
  const group = object.apiVersion.split('/')[0] ?? '';
  if (!/\.(upbound\.io|crossplane\.io)$/.test(group) || /^(pkg|apiextensions)\.crossplane\.io$/.test(group))
    return undefined;
  return { pair: pairOf(valueAt(object.root, 'spec'), 'deletionPolicy'), keep: 'Orphan' };
}

/** Config Connector's annotation (default: the Google Cloud resource is deleted with the object). */
function configConnectorPolicy(object: KubeObject) {
  const group = object.apiVersion.split('/')[0] ?? '';
  if (!group.endsWith('.cnrm.cloud.google.com')) return undefined;
  return { pair: pairOf(valueAt(object.root, 'metadata', 'annotations'), CNRM), keep: 'abandon' };
}

/**
 * A cloud resource managed from the cluster (Crossplane, Config Connector) that was set to be
 * kept when its Kubernetes object goes (`deletionPolicy: Orphan`, `deletion-policy: abandon`)
 * and no longer is: deleting the object, or pruning it, now deletes the database or bucket itself.
 */
export const deletionPolicyDelete: Rule<ManifestDocument, 'crossplane' | 'configConnector'> = {
  meta: {
    id: 'iac/deletion-policy-delete',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A Crossplane managed resource’s `deletionPolicy` goes from `Orphan` to `Delete` (or is removed), or Config Connector’s `cnrm.cloud.google.com/deletion-policy: abandon` is removed: deleting the Kubernetes object then deletes the cloud resource and its data.',
    messages: {
      crossplane:
        '{kind} {name}: deletionPolicy is {after} (was Orphan): deleting or pruning the object now deletes the cloud resource and its data',
      configConnector:
        '{kind} {name}: {annotation}: abandon is {how}: deleting or pruning the object now deletes the Google Cloud resource and its data',
    },
    examples: {
      invalid: [
        {
          path: 'crossplane/orders-db.yaml',
          base: 'apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata:\n  name: orders\nspec:\n  deletionPolicy: Orphan\n  forProvider:\n    engine: postgres\n',
          code: 'apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata:\n  name: orders\nspec:\n  deletionPolicy: Delete\n  forProvider:\n    engine: postgres\n',
          line: 6,
        },
      ],
      valid: [
        {
          path: 'crossplane/orders-db.yaml',
          base: 'apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata:\n  name: orders\nspec:\n  deletionPolicy: Orphan\n  forProvider:\n    engine: postgres\n',
          code: 'apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata:\n  name: orders\nspec:\n  deletionPolicy: Orphan\n  forProvider:\n    engine: postgres\n    instanceClass: db.r6g.large\n',
        },
      ],
    },
  },
  check(doc, report) {
    if (!doc.headRead) return;
    for (const before of doc.base) {
      const policy = crossplanePolicy(before) ?? configConnectorPolicy(before);
      if (!policy?.pair || scalarText(policy.pair.value) !== policy.keep) continue;
      const after = doc.head.find((o) => o.key === before.key);
      // An object the change removes is the removal rules' business.
      if (!after) continue;
      const now = (crossplanePolicy(after) ?? configConnectorPolicy(after))?.pair;
      const value = now ? scalarText(now.value) : undefined;
      if (value === policy.keep) continue;
      const data = { kind: before.kind, name: before.name, after: value ?? 'unset (Delete)', annotation: CNRM };
      const crossplane = policy.keep === 'Orphan';
      if (now)
        report({
          messageId: crossplane ? 'crossplane' : 'configConnector',
          data: { ...data, how: `changed to ${value ?? 'something else'}` },
          span: pairSpan(now),
          unit: after.span,
        });
      else
        report({
          messageId: crossplane ? 'crossplane' : 'configConnector',
          data: { ...data, how: 'removed' },
          span: pairSpan(policy.pair),
          unit: before.span,
          side: 'base',
        });
    }
  },
};
