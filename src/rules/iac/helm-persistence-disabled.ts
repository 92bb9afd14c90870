import type { Node } from 'yaml';
import type { Rule } from '../../core/rule.js';
import { entriesOf, pairOf, pairSpan, scalarText, valueAt } from '../../parsers/yaml/positions.js';
import type { ManifestDocument } from './lib/manifest-document.js';
import { throwawayEnvironment } from './lib/terraform-protection-rule.js';

/** The blocks charts switch their volumes with: `persistence.enabled` (Bitnami and most), `persistentVolume.enabled`. */
const PERSISTENCE_KEYS = new Set(['persistence', 'persistentVolume']);

/** Words in a values path or key path that name a component keeping data, whose chart persists it by default. */
const STATEFUL =
  /postgres|mysql|mariadb|mongo|redis|valkey|kafka|zookeeper|elastic|opensearch|cassandra|scylla|clickhouse|minio|rabbitmq|etcd|influx|neo4j|cockroach|nats|primary|master|database|\bdb\b/i;

/** `values-dev.yaml`, `dev.values.yaml`, `values.local.yaml`: an environment whose data is disposable. */
const THROWAWAY_FILE = /(^|[-._])(dev|development|local|test|testing|ci|preview|sandbox|e2e|kind|minikube)([-._]|$)/i;

interface ValuesPair {
  /** Where the values are: the file, or the object that holds them inline. */
  where: string;
  head: Node;
  base: Node | undefined;
}

/**
 * A Helm values file, or the values of a Flux HelmRelease or an Argo CD Application, turns a
 * chart's persistence off (`primary.persistence.enabled: false`): from the next upgrade the
 * database runs on an emptyDir, and the claim it used is no longer mounted (or is deleted with
 * the Deployment's template). Reported where the value was true, or unset on a stateful component
 * of values that already existed (the charts default it on).
 */
export const helmPersistenceDisabled: Rule<ManifestDocument, 'disabled'> = {
  meta: {
    id: 'iac/helm-persistence-disabled',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'Helm values turn `persistence.enabled` (or `persistentVolume.enabled`) off for a chart that keeps data: the next upgrade starts it on an empty emptyDir volume.',
    messages: {
      disabled:
        '{where}: {key} is now false (was {before}); the next upgrade runs {component} on an emptyDir, without the volume that holds its data',
    },
    examples: {
      invalid: [
        {
          path: 'deploy/postgres/values-production.yaml',
          base: 'primary:\n  persistence:\n    enabled: true\n    size: 100Gi\n',
          code: 'primary:\n  persistence:\n    enabled: false\n    size: 100Gi\n',
          line: 3,
        },
      ],
      valid: [
        {
          path: 'deploy/postgres/values-production.yaml',
          base: 'primary:\n  persistence:\n    enabled: true\n    size: 100Gi\n',
          code: 'primary:\n  persistence:\n    enabled: true\n    size: 200Gi\n',
        },
        {
          path: 'deploy/postgres/values.yaml',
          code: 'primary:\n  persistence:\n    enabled: false\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const { where, head, base } of valuesPairs(doc)) {
      for (const { keys, enabled } of persistenceSwitches(head, [])) {
        if (scalarText(enabled.value) !== 'false') continue;
        const before = scalarText(valueAt(base, ...keys, 'enabled'));
        if (before === 'false' || base === undefined) continue;
        const component = keys.slice(0, -1).join('.') || 'the chart';
        if (before === undefined && !STATEFUL.test(`${where} ${keys.join('.')}`)) continue;
        const throwaway = throwawayEnvironment(doc.path) ?? throwawayFile(doc.path);
        report({
          messageId: 'disabled',
          data: { where, key: [...keys, 'enabled'].join('.'), before: before ?? 'unset, on by default', component },
          span: pairSpan(enabled),
          unit: pairSpan(enabled),
          ...(throwaway ? { downgradedBecause: `the values are the ${throwaway} environment's` } : {}),
        });
      }
    }
  },
};

function throwawayFile(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
  return THROWAWAY_FILE.exec(name)?.[2];
}

/** The values file itself, and the inline values of HelmRelease and Application objects on both sides. */
function valuesPairs(doc: ManifestDocument): ValuesPair[] {
  const pairs: ValuesPair[] = [];
  if (doc.values?.head) pairs.push({ where: doc.path, head: doc.values.head, base: doc.values.base });
  for (const object of doc.head) {
    const inline = inlineValues(object.kind, object.apiVersion, object.root);
    if (!inline) continue;
    const previous = doc.base.find((o) => o.key === object.key);
    const base = previous ? inlineValues(previous.kind, previous.apiVersion, previous.root) : undefined;
    pairs.push({ where: `${object.kind} ${object.name}`, head: inline, base });
  }
  return pairs;
}

function inlineValues(kind: string, apiVersion: string, root: Node): Node | undefined {
  const group = apiVersion.split('/')[0];
  if (kind === 'HelmRelease' && group === 'helm.toolkit.fluxcd.io') return valueAt(root, 'spec', 'values') ?? undefined;
  if (kind === 'Application' && group === 'argoproj.io')
    return valueAt(root, 'spec', 'source', 'helm', 'valuesObject') ?? undefined;
  return undefined;
}

/** Every `<persistence key>.enabled` pair under a mapping, with the keys that lead to its block. */
function persistenceSwitches(
  node: Node | null | undefined,
  keys: string[],
): { keys: string[]; enabled: NonNullable<ReturnType<typeof pairOf>> }[] {
  if (keys.length > 8) return [];
  return entriesOf(node).flatMap(({ key, pair }) => {
    const path = [...keys, key];
    const enabled = PERSISTENCE_KEYS.has(key) ? pairOf(pair.value, 'enabled') : undefined;
    return enabled ? [{ keys: path, enabled }] : persistenceSwitches(pair.value, path);
  });
}
