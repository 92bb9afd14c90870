import type { Rule } from '../../core/rule.js';
import { itemsOf, pairOf, pairSpan, scalarText, valueAt } from '../../parsers/yaml/positions.js';
import type { KubeObject } from '../../parsers/kubernetes/manifests.js';
import type { ManifestDocument } from './lib/manifest-document.js';

/** Words in an app's name, path, chart or namespace that say it holds data. */
const STATEFUL =
  /postgres|\bpg\b|mysql|mariadb|mongo|redis|valkey|kafka|zookeeper|elastic|opensearch|cassandra|scylla|clickhouse|minio|rabbitmq|etcd|vault|timescale|influx|neo4j|cockroach|cnpg|database|\bdbs?\b|-db\b|\bdb-|storage|stateful|volume|backup|ledger|warehouse/i;

/** Where prune is switched on, and what the object deploys. */
function pruneOf(object: KubeObject): { pair: ReturnType<typeof pairOf>; describes: string[] } | undefined {
  const group = object.apiVersion.split('/')[0];
  if (object.kind === 'Application' && group === 'argoproj.io') {
    const spec = valueAt(object.root, 'spec');
    const sources = [valueAt(spec, 'source'), ...itemsOf(valueAt(spec, 'sources'))];
    return {
      pair: pairOf(valueAt(spec, 'syncPolicy', 'automated'), 'prune'),
      describes: [
        object.name,
        scalarText(valueAt(spec, 'destination', 'namespace')) ?? '',
        ...sources.flatMap((s) => ['path', 'chart', 'repoURL'].map((k) => scalarText(valueAt(s, k)) ?? '')),
      ],
    };
  }
  if (object.kind === 'ApplicationSet' && group === 'argoproj.io') {
    const spec = valueAt(object.root, 'spec', 'template', 'spec');
    return {
      pair: pairOf(valueAt(spec, 'syncPolicy', 'automated'), 'prune'),
      describes: [
        object.name,
        scalarText(valueAt(spec, 'source', 'path')) ?? '',
        scalarText(valueAt(spec, 'source', 'chart')) ?? '',
      ],
    };
  }
  if (object.kind === 'Kustomization' && group === 'kustomize.toolkit.fluxcd.io') {
    const spec = valueAt(object.root, 'spec');
    return {
      pair: pairOf(spec, 'prune'),
      describes: [
        object.name,
        scalarText(valueAt(spec, 'path')) ?? '',
        scalarText(valueAt(spec, 'targetNamespace')) ?? '',
      ],
    };
  }
  return undefined;
}

const isOn = (pair: ReturnType<typeof pairOf>) => pair !== undefined && /^true$/i.test(scalarText(pair.value) ?? '');

/**
 * Argo CD's `syncPolicy.automated.prune` or a Flux Kustomization's `prune` turned on for a
 * deployment that already exists: from the next sync, whatever is missing from the source
 * (a claim dropped by a refactor, a StatefulSet moved to another path) is deleted from the cluster.
 */
export const gitopsPruneEnabled: Rule<ManifestDocument, 'argo' | 'flux'> = {
  meta: {
    id: 'iac/gitops-prune-enabled',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'Automated pruning turned on for an existing Argo CD Application or Flux Kustomization that deploys a data store: objects missing from the source, volume claims included, are deleted from the cluster on the next sync.',
    messages: {
      argo: 'Argo CD {kind} {name} ({what}): automated prune is turned on; the next sync deletes every object it manages that is missing from the source, volume claims and databases included',
      flux: 'Flux Kustomization {name} ({what}): prune is turned on; the next reconcile deletes every object it manages that is missing from the source, volume claims and databases included',
    },
    examples: {
      invalid: [
        {
          path: 'argocd/apps/orders-db.yaml',
          base: 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: orders-postgres\nspec:\n  source:\n    path: deploy/postgres\n  syncPolicy:\n    automated:\n      selfHeal: true\n',
          code: 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: orders-postgres\nspec:\n  source:\n    path: deploy/postgres\n  syncPolicy:\n    automated:\n      selfHeal: true\n      prune: true\n',
          line: 11,
        },
      ],
      valid: [
        {
          path: 'argocd/apps/web.yaml',
          code: 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  source:\n    path: deploy/web\n  syncPolicy:\n    automated:\n      prune: true\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const object of doc.head) {
      const head = pruneOf(object);
      if (!head?.pair || !isOn(head.pair)) continue;
      // A new deployment prunes nothing it did not create; one that existed gains a delete path.
      const before = doc.base.find((o) => o.key === object.key);
      if (!before || isOn(pruneOf(before)?.pair)) continue;
      const what = [...new Set(head.describes.slice(1).filter(Boolean))].join(', ');
      const stateful = head.describes.some((d) => STATEFUL.test(d));
      report({
        messageId: object.kind === 'Kustomization' ? 'flux' : 'argo',
        data: { kind: object.kind, name: object.name, what: what || object.name },
        span: pairSpan(head.pair),
        unit: object.span,
        ...(stateful
          ? {}
          : { downgradedBecause: 'nothing in its name, path, chart or namespace says it deploys a data store' }),
      });
    }
  },
};
