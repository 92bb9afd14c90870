import type { Rule } from '../../core/rule.js';
import { scalarText, valueAt } from '../../parsers/yaml/positions.js';
import { removedObjects, type ManifestDocument } from './lib/manifest-document.js';
import { operatorRowOf } from './lib/operator-backups.js';

export const operatorDatabaseRemoved: Rule<ManifestDocument, 'removed'> = {
  meta: {
    id: 'iac/operator-database-removed',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A database managed by a Kubernetes operator (CloudNativePG Cluster, Zalando postgresql, Crunchy PostgresCluster, Percona, MongoDB Community or Atlas) is removed from the manifests: a pruning deploy deletes the resource and the operator deletes the database.',
    messages: {
      removed:
        '{kind} {name} ({database}) is removed from the manifests: a pruning deploy deletes it, and the operator deletes the database and its volumes',
    },
    examples: {
      invalid: [
        {
          path: 'k8s/db/cluster.yaml',
          base: 'apiVersion: postgres-operator.crunchydata.com/v1beta1\nkind: PostgresCluster\nmetadata:\n  name: orders\nspec:\n  postgresVersion: 16\n',
          code: '',
          line: 2,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'k8s/atlas/deployment.yaml',
          base: 'apiVersion: atlas.mongodb.com/v1\nkind: AtlasDeployment\nmetadata:\n  name: orders\n  annotations:\n    mongodb.com/atlas-resource-policy: keep\nspec: {}\n',
          code: '',
        },
      ],
    },
  },
  check(doc, report) {
    for (const object of removedObjects(doc)) {
      const row = operatorRowOf(object);
      if (!row?.database) continue;
      const keep = row.keepAnnotation;
      if (keep && scalarText(valueAt(object.root, 'metadata', 'annotations', keep.name)) === keep.value) continue;
      report({
        messageId: 'removed',
        data: { kind: object.kind, name: object.name, database: row.database },
        span: object.kindSpan,
        unit: object.span,
        side: 'base',
      });
    }
  },
};
