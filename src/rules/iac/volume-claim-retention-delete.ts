import type { Rule } from '../../core/rule.js';
import { itemsOf, pairOf, pairSpan, scalarText, valueAt } from '../../parsers/yaml/positions.js';
import type { ManifestDocument } from './lib/manifest-document.js';

const FIELDS = ['whenDeleted', 'whenScaled'] as const;

/**
 * A StatefulSet's `persistentVolumeClaimRetentionPolicy` set to Delete: Kubernetes then deletes
 * the claims its templates made (and, with the usual reclaim policy, their volumes) when the
 * StatefulSet is deleted or scaled down. The default, Retain, keeps them.
 */
export const volumeClaimRetentionDelete: Rule<ManifestDocument, 'whenDeleted' | 'whenScaled'> = {
  meta: {
    id: 'iac/volume-claim-retention-delete',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A StatefulSet’s `persistentVolumeClaimRetentionPolicy` turns to `Delete`: deleting or scaling down the StatefulSet deletes the claims its templates made, and their data.',
    messages: {
      whenDeleted:
        'StatefulSet {name}: persistentVolumeClaimRetentionPolicy.whenDeleted is Delete (was {before}): deleting the StatefulSet deletes its volume claims ({claims}) and their data',
      whenScaled:
        'StatefulSet {name}: persistentVolumeClaimRetentionPolicy.whenScaled is Delete (was {before}): scaling it down deletes the claims of the removed replicas ({claims}) and their data',
    },
    examples: {
      invalid: [
        {
          path: 'k8s/postgres/statefulset.yaml',
          base: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: postgres\nspec:\n  replicas: 1\n  volumeClaimTemplates:\n    - metadata:\n        name: pgdata\n',
          code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: postgres\nspec:\n  replicas: 1\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Delete\n  volumeClaimTemplates:\n    - metadata:\n        name: pgdata\n',
          line: 8,
        },
      ],
      valid: [
        {
          path: 'k8s/postgres/statefulset.yaml',
          code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: postgres\nspec:\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Retain\n    whenScaled: Retain\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const object of doc.head) {
      if (object.kind !== 'StatefulSet') continue;
      const policy = valueAt(object.root, 'spec', 'persistentVolumeClaimRetentionPolicy');
      const before = doc.base.find((o) => o.key === object.key);
      const names =
        itemsOf(valueAt(object.root, 'spec', 'volumeClaimTemplates'))
          .map((c) => scalarText(valueAt(c, 'metadata', 'name')) ?? '?')
          .join(', ') || 'none declared';
      for (const field of FIELDS) {
        const pair = pairOf(policy, field);
        if (!pair || scalarText(pair.value) !== 'Delete') continue;
        const was = before
          ? scalarText(valueAt(before.root, 'spec', 'persistentVolumeClaimRetentionPolicy', field))
          : undefined;
        if (was === 'Delete') continue;
        report({
          messageId: field,
          data: { name: object.name, before: was ?? 'Retain', claims: names },
          span: pairSpan(pair),
          unit: object.span,
        });
      }
    }
  },
};
