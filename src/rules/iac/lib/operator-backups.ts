import type { Node, Pair } from 'yaml';
import type { Span } from '../../../core/types.js';
import type { KubeObject } from '../../../parsers/kubernetes/manifests.js';
import { itemsOf, pairOf, pairSpan, scalarText, valueAt } from '../../../parsers/yaml/positions.js';

/**
 * Custom resources of database operators and backup tools, as data: which ones are a database
 * (deleting the resource makes the operator delete the database), which ones are a backup
 * schedule (deleting it stops the backups), and the fields that keep backups. A newcomer adds a
 * row for another operator.
 */
export interface OperatorRow {
  /** The API group, the part of `apiVersion` before the slash. */
  group: string;
  kind: string;
  /** The resource is a database: removing it deletes the database with its data. */
  database?: string;
  /** The resource is a backup schedule: removing it stops the backups. */
  schedule?: string;
  /** An annotation that makes the operator keep what the resource manages when the resource goes. */
  keepAnnotation?: { name: string; value: string };
  safeguards: readonly OperatorSafeguard[];
}

/**
 * `present`: the block keeps backups; removing it stops them. `enabled`: true keeps them; false
 * or removing it stops them. `paused`: true stops them. `duration` / `count`: a retention,
 * shortened is weaker. `named`: a list whose items (by `name`) are backup jobs or repositories.
 */
export interface OperatorSafeguard {
  /** Keys from the resource's root; `*` stands for every item of a list (matched by `id` or `name`, else position). */
  path: readonly string[];
  how: 'present' | 'enabled' | 'paused' | 'duration' | 'count' | 'named';
  what: string;
  /** For `paused`: the value that gives the safeguard up, when not `true`. */
  unsafe?: string;
}

const STRIMZI_CLAIMS: readonly (readonly string[])[] = [
  ['storage', 'deleteClaim'],
  ['storage', 'volumes', '*', 'deleteClaim'],
];
const BROKER_VOLUMES = 'the broker volumes, and every topic on them, when the cluster is deleted or scaled down';

export const OPERATOR_TABLE: readonly OperatorRow[] = [
  // Strimzi: deleteClaim deletes the broker volumes when the cluster or a node pool is deleted or scaled down
  // (https://strimzi.io/docs/operators/latest/configuring.html#type-PersistentClaimStorage-reference).
  {
    group: 'kafka.strimzi.io',
    kind: 'Kafka',
    safeguards: [
      ...STRIMZI_CLAIMS.map((path) => ({
        path: ['spec', 'kafka', ...path],
        how: 'paused' as const,
        what: BROKER_VOLUMES,
      })),
      ...STRIMZI_CLAIMS.map((path) => ({
        path: ['spec', 'zookeeper', ...path],
        how: 'paused' as const,
        what: 'the ZooKeeper volumes when the cluster is deleted',
      })),
    ],
  },
  {
    group: 'kafka.strimzi.io',
    kind: 'KafkaNodePool',
    safeguards: STRIMZI_CLAIMS.map((path) => ({
      path: ['spec', ...path],
      how: 'paused' as const,
      what: BROKER_VOLUMES,
    })),
  },
  // ECK: https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-volume-claim-templates.html
  {
    group: 'elasticsearch.k8s.elastic.co',
    kind: 'Elasticsearch',
    safeguards: [
      {
        path: ['spec', 'volumeClaimDeletePolicy'],
        how: 'paused',
        unsafe: 'DeleteOnScaledownAndClusterDeletion',
        what: 'the data volumes when the cluster is deleted',
      },
    ],
  },
  // CloudNativePG: https://cloudnative-pg.io/documentation/current/backup/
  {
    group: 'postgresql.cnpg.io',
    kind: 'Cluster',
    database: 'CloudNativePG cluster',
    safeguards: [
      { path: ['spec', 'backup'], how: 'present', what: 'the backup configuration' },
      {
        path: ['spec', 'backup', 'barmanObjectStore'],
        how: 'present',
        what: 'the object store that receives base backups and WAL',
      },
      { path: ['spec', 'backup', 'retentionPolicy'], how: 'duration', what: 'the backup retention' },
      { path: ['spec', 'plugins'], how: 'named', what: 'the backup plugin' },
    ],
  },
  {
    group: 'postgresql.cnpg.io',
    kind: 'ScheduledBackup',
    schedule: 'CloudNativePG scheduled backup',
    safeguards: [{ path: ['spec', 'suspend'], how: 'paused', what: 'the scheduled backup' }],
  },
  // Zalando postgres-operator: https://postgres-operator.readthedocs.io/en/latest/reference/cluster_manifest/
  {
    group: 'acid.zalan.do',
    kind: 'postgresql',
    database: 'Zalando PostgreSQL cluster',
    safeguards: [{ path: ['spec', 'enableLogicalBackup'], how: 'enabled', what: 'the logical backups' }],
  },
  // Crunchy PGO: https://access.crunchydata.com/documentation/postgres-operator/latest/tutorials/backups-disaster-recovery/backups
  {
    group: 'postgres-operator.crunchydata.com',
    kind: 'PostgresCluster',
    database: 'Crunchy PostgresCluster',
    safeguards: [
      { path: ['spec', 'backups'], how: 'present', what: 'the backup configuration' },
      { path: ['spec', 'backups', 'pgbackrest', 'repos'], how: 'named', what: 'a pgBackRest repository' },
      {
        path: ['spec', 'backups', 'pgbackrest', 'global', 'repo1-retention-full'],
        how: 'count',
        what: 'the full backups kept in repo1',
      },
      {
        path: ['spec', 'backups', 'pgbackrest', 'global', 'repo2-retention-full'],
        how: 'count',
        what: 'the full backups kept in repo2',
      },
    ],
  },
  // Percona operators: https://docs.percona.com/percona-operator-for-mysql/pxc/backups.html
  {
    group: 'pxc.percona.com',
    kind: 'PerconaXtraDBCluster',
    database: 'Percona XtraDB cluster',
    safeguards: [
      { path: ['spec', 'backup'], how: 'present', what: 'the backup configuration' },
      { path: ['spec', 'backup', 'schedule'], how: 'named', what: 'a scheduled backup' },
      { path: ['spec', 'backup', 'pitr', 'enabled'], how: 'enabled', what: 'point-in-time recovery' },
    ],
  },
  {
    group: 'psmdb.percona.com',
    kind: 'PerconaServerMongoDB',
    database: 'Percona Server for MongoDB cluster',
    safeguards: [
      { path: ['spec', 'backup', 'enabled'], how: 'enabled', what: 'the backups' },
      { path: ['spec', 'backup', 'tasks'], how: 'named', what: 'a scheduled backup' },
      { path: ['spec', 'backup', 'pitr', 'enabled'], how: 'enabled', what: 'point-in-time recovery' },
    ],
  },
  {
    group: 'pgv2.percona.com',
    kind: 'PerconaPGCluster',
    database: 'Percona PostgreSQL cluster',
    safeguards: [
      { path: ['spec', 'backups'], how: 'present', what: 'the backup configuration' },
      { path: ['spec', 'backups', 'pgbackrest', 'repos'], how: 'named', what: 'a pgBackRest repository' },
    ],
  },
  // MongoDB Community and Atlas operators: https://www.mongodb.com/docs/atlas/operator/current/
  {
    group: 'mongodbcommunity.mongodb.com',
    kind: 'MongoDBCommunity',
    database: 'MongoDB Community replica set',
    safeguards: [],
  },
  {
    group: 'atlas.mongodb.com',
    kind: 'AtlasDeployment',
    database: 'MongoDB Atlas deployment',
    keepAnnotation: { name: 'mongodb.com/atlas-resource-policy', value: 'keep' },
    safeguards: [
      { path: ['spec', 'backupRef'], how: 'present', what: 'the backup schedule' },
      { path: ['spec', 'deploymentSpec', 'backupEnabled'], how: 'enabled', what: 'cloud backups' },
    ],
  },
  {
    group: 'atlas.mongodb.com',
    kind: 'AtlasBackupSchedule',
    schedule: 'Atlas backup schedule',
    safeguards: [{ path: ['spec', 'autoExportEnabled'], how: 'enabled', what: 'the export of snapshots' }],
  },
  {
    group: 'atlas.mongodb.com',
    kind: 'AtlasBackupPolicy',
    schedule: 'Atlas backup policy',
    safeguards: [{ path: ['spec', 'items'], how: 'named', what: 'a backup policy item' }],
  },
  // Velero: https://velero.io/docs/main/api-types/schedule/
  {
    group: 'velero.io',
    kind: 'Schedule',
    schedule: 'Velero backup schedule',
    safeguards: [
      { path: ['spec', 'paused'], how: 'paused', what: 'the backup schedule' },
      { path: ['spec', 'template', 'ttl'], how: 'duration', what: 'how long backups are kept' },
    ],
  },
];

export function operatorRowOf(object: KubeObject): OperatorRow | undefined {
  const group = object.apiVersion.split('/')[0] ?? '';
  return OPERATOR_TABLE.find((r) => r.group === group && r.kind === object.kind);
}

/** `720h0m0s`, `30d`, `4w`, `1y` in seconds; undefined when it is not a duration. */
export function durationSeconds(text: string | undefined): number | undefined {
  if (!text || !/^(\d+(\.\d+)?(ms|s|m|h|d|w|y))+$/.test(text.trim())) return undefined;
  const unit: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
  let total = 0;
  for (const [, n, , u] of text.trim().matchAll(/(\d+(\.\d+)?)(ms|s|m|h|d|w|y)/g)) total += Number(n) * unit[u!]!;
  return total;
}

/** The pair at a path of keys, for its span. */
export function pairAt(root: Node, path: readonly string[]): Pair<Node, Node | null> | undefined {
  const parent = path.length > 1 ? valueAt(root, ...path.slice(0, -1)) : root;
  return pairOf(parent, path[path.length - 1]!);
}

/** One safeguard the change gives up, at the line that does it. */
export interface OperatorWeakening {
  safeguard: OperatorSafeguard;
  detail: string;
  span: Span;
  side: 'head' | 'base';
}

/** What the change to one operator resource does to its backups. */
export function weakenings(row: OperatorRow, base: KubeObject, head: KubeObject): OperatorWeakening[] {
  const out: OperatorWeakening[] = [];
  for (const safeguard of row.safeguards) {
    const befores = pairsAt(base.root, safeguard.path);
    const afters = pairsAt(head.root, safeguard.path);
    for (const [key, before] of befores) judge(safeguard, before, afters.get(key), key, out);
    for (const [key, after] of afters) if (!befores.has(key)) judge(safeguard, undefined, after, key, out);
  }
  return out;
}

/**
 * The pairs at a path, by the path written out (`kafka.storage.volumes[0].deleteClaim`): one
 * without `*`, one per list item with it.
 */
function pairsAt(root: Node, path: readonly string[], named = 1): Map<string, Pair<Node, Node | null>> {
  const found = new Map<string, Pair<Node, Node | null>>();
  const star = path.indexOf('*');
  if (star < 0) {
    const pair = pairAt(root, path);
    if (pair) found.set(path.slice(named).join('.'), pair);
    return found;
  }
  const list = path.slice(named, star).join('.');
  itemsOf(valueAt(root, ...path.slice(0, star))).forEach((item, index) => {
    const id = scalarText(valueAt(item, 'id')) ?? scalarText(valueAt(item, 'name')) ?? String(index);
    for (const [rest, pair] of pairsAt(item, path.slice(star + 1), 0)) found.set(`${list}[${id}].${rest}`, pair);
  });
  return found;
}

function judge(
  safeguard: OperatorSafeguard,
  before: Pair<Node, Node | null> | undefined,
  after: Pair<Node, Node | null> | undefined,
  name: string,
  out: OperatorWeakening[],
): void {
  {
    const headSpan = after ? pairSpan(after) : undefined;
    switch (safeguard.how) {
      case 'present':
        if (before && !after)
          out.push({ safeguard, detail: `${name} is removed`, span: pairSpan(before), side: 'base' });
        break;
      case 'enabled': {
        const was = scalarText(before?.value);
        const now = scalarText(after?.value);
        if (was !== 'true') break;
        if (!after) out.push({ safeguard, detail: `${name}: true is removed`, span: pairSpan(before!), side: 'base' });
        else if (now === 'false')
          out.push({ safeguard, detail: `${name} is now false`, span: headSpan!, side: 'head' });
        break;
      }
      case 'paused': {
        const unsafe = safeguard.unsafe ?? 'true';
        if (scalarText(after?.value) === unsafe && scalarText(before?.value) !== unsafe)
          out.push({ safeguard, detail: `${name} is now ${unsafe}`, span: headSpan!, side: 'head' });
        break;
      }
      case 'duration':
      case 'count': {
        const read = (p: typeof before) =>
          safeguard.how === 'duration' ? durationSeconds(scalarText(p?.value)) : numberOf(scalarText(p?.value));
        const was = read(before);
        const now = read(after);
        if (was !== undefined && now !== undefined && now < was)
          out.push({
            safeguard,
            detail: `${name} goes from ${scalarText(before?.value)} to ${scalarText(after?.value)}`,
            span: headSpan!,
            side: 'head',
          });
        break;
      }
      case 'named': {
        const nameOf = (item: Node) => scalarText(valueAt(item, 'name'));
        const kept = new Set(itemsOf(after?.value).map(nameOf));
        for (const item of itemsOf(before?.value)) {
          const itemName = nameOf(item);
          if (itemName === undefined || kept.has(itemName) || !after) continue;
          const range = item.range!;
          out.push({
            safeguard,
            detail: `${name} no longer has ${itemName}`,
            span: { start: range[0], end: range[1] },
            side: 'base',
          });
        }
        break;
      }
    }
  }
}

function numberOf(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : undefined;
}
