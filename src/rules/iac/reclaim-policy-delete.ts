import type { Rule } from '../../core/rule.js';
import { pairOf, pairSpan, scalarText, valueAt } from '../../parsers/yaml/positions.js';
import type { ManifestDocument } from './lib/manifest-document.js';

export const reclaimPolicyDelete: Rule<ManifestDocument, 'volume' | 'storageClass'> = {
  meta: {
    id: 'iac/reclaim-policy-delete',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A PersistentVolume with `persistentVolumeReclaimPolicy: Delete`, or a StorageClass with `reclaimPolicy: Delete`: releasing the claim deletes the disk.',
    messages: {
      volume:
        'PersistentVolume {name} has reclaim policy Delete: when its claim is released the disk and its data are deleted',
      storageClass:
        'StorageClass {name} has reclaim policy Delete: every volume it provisions is deleted with its claim',
    },
    examples: {
      invalid: [
        {
          path: 'k8s/pv.yaml',
          base: 'apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: ledger\nspec:\n  persistentVolumeReclaimPolicy: Retain\n',
          code: 'apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: ledger\nspec:\n  persistentVolumeReclaimPolicy: Delete\n',
          line: 6,
        },
        {
          path: 'k8s/storage-class.yaml',
          code: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\nprovisioner: ebs.csi.aws.com\nreclaimPolicy: Delete\n',
          line: 6,
        },
      ],
      valid: [
        {
          path: 'k8s/storage-class.yaml',
          code: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\nprovisioner: ebs.csi.aws.com\nreclaimPolicy: Retain\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const object of doc.head) {
      const pair =
        object.kind === 'PersistentVolume'
          ? pairOf(valueAt(object.root, 'spec'), 'persistentVolumeReclaimPolicy')
          : object.kind === 'StorageClass'
            ? pairOf(object.root, 'reclaimPolicy')
            : undefined;
      if (!pair || scalarText(pair.value) !== 'Delete') continue;
      const messageId = object.kind === 'PersistentVolume' ? 'volume' : 'storageClass';
      report({ messageId, data: { name: object.name }, span: pairSpan(pair), unit: object.span });
    }
  },
};
