import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  readCompose
} from "./chunk-ICKOAMR6.js";
import {
  throwawayEnvironment
} from "./chunk-YVSR3L74.js";
import {
  readsManifests
} from "./chunk-EG3ONA5W.js";
import {
  isComposePath,
  isHelmValuesPath,
  looksLikeKubernetes
} from "./chunk-Z7S54ZPA.js";
import {
  isLocalComposeFile
} from "./chunk-2IV7QSKK.js";
import {
  entriesOf,
  itemsOf,
  pairOf,
  pairSpan,
  parseYaml,
  scalarText,
  valueAt,
  valueOf
} from "./chunk-NLWX5JZZ.js";
import {
  blankTemplateActions,
  isHelmTemplatePath
} from "./chunk-VTILP2YK.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";

// src/parsers/kubernetes/manifests.ts
function readManifests(text, helm) {
  const source = helm ? blankTemplateActions(text) : text;
  const stream = parseYaml(source);
  const objects = [];
  for (const doc of stream.documents) {
    const root = doc.root;
    const kindPair = pairOf(root, "kind");
    const kind = scalarText(kindPair?.value);
    if (!root || !kindPair || !kind) continue;
    objects.push(...objectsOf(root, kindPair, kind, text));
  }
  return stream.error ? { objects, error: stream.error.message } : { objects };
}
function objectsOf(root, kindPair, kind, text) {
  if (kind === "List") {
    const items = valueAt(root, "items");
    const out = [];
    if (items && "items" in items && Array.isArray(items.items))
      for (const item of items.items) {
        const itemKind = pairOf(item, "kind");
        const name2 = scalarText(itemKind?.value);
        if (itemKind && name2) out.push(...objectsOf(item, itemKind, name2, text));
      }
    return out;
  }
  const name = sourceOf(valueAt(root, "metadata", "name"), text);
  const namespace = sourceOf(valueAt(root, "metadata", "namespace"), text);
  const range = root.range;
  return [
    {
      kind,
      apiVersion: scalarText(valueAt(root, "apiVersion")) ?? "",
      name,
      namespace,
      key: `${kind}/${namespace}/${name}`,
      kindSpan: { start: kindPair.key.range[0], end: kindPair.value.range[1] },
      span: { start: range[0], end: range[1] },
      root
    }
  ];
}
function sourceOf(node, text) {
  const range = node?.range;
  return range ? text.slice(range[0], range[1]).trim() : "";
}

// src/rules/iac/compose-volume-removed.ts
var STATEFUL_IMAGE = /(^|[/_-])(postgres|postgresql|postgis|timescaledb|mysql|mariadb|percona|mongo|mongodb|redis|valkey|keydb|elasticsearch|opensearch|cassandra|scylla|clickhouse|rabbitmq|kafka|zookeeper|minio|neo4j|influxdb|couchdb|cockroach|mssql|oracle|etcd|memgraph|surrealdb|questdb|meilisearch|typesense|qdrant|weaviate)([-_:@.]|$)/i;
var DATA_DIRECTORY = /^\/(var\/lib\/(postgresql|mysql|mongodb|redis|rabbitmq|clickhouse|cassandra)|data\/db|bitnami)(\/|$)/;
function holdsData(service, mount) {
  const image = service.image.split("@")[0].replace(/:[^/]*$/, "");
  return STATEFUL_IMAGE.test(image) || DATA_DIRECTORY.test(mount.target);
}
function serviceOf(compose, name) {
  return compose?.services.find((s) => s.name === name);
}
var composeVolumeRemoved = {
  meta: {
    id: "iac/compose-volume-removed",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A named volume taken away from a docker-compose service that keeps data (postgres, mysql, mongo, redis...), or its data directory moved to tmpfs, or a managed named volume removed from `volumes:`, or a data volume that was `external` handed to compose.",
    messages: {
      mountRemoved: "service {service} ({image}) no longer mounts volume {volume} at {target}: the next `up` starts it on an empty data directory",
      tmpfs: "service {service} ({image}) now keeps {target} on tmpfs instead of volume {volume}: its data lives in memory and is lost on every restart",
      volumeRemoved: "named volume {volume} is removed from the compose file: `docker compose down -v` and prune no longer keep it, and services lose its data",
      externalDropped: "named volume {volume} is no longer external: compose now creates and owns it, so services may start on a new empty volume and `docker compose down -v` deletes it"
    },
    examples: {
      invalid: [
        {
          path: "docker-compose.yml",
          base: "services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n",
          code: "services:\n  db:\n    image: postgres:16\nvolumes:\n  pgdata: {}\n",
          line: 5,
          side: "base"
        },
        {
          path: "compose.prod.yaml",
          base: "services:\n  db:\n    image: mysql:8\n    volumes:\n      - dbdata:/var/lib/mysql\n",
          code: "services:\n  db:\n    image: mysql:8\n    tmpfs:\n      - /var/lib/mysql\n",
          line: 5
        }
      ],
      valid: [
        {
          path: "docker-compose.yml",
          base: "services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n",
          code: "services:\n  db:\n    image: postgres:17\n    volumes:\n      - type: volume\n        source: pgdata\n        target: /var/lib/postgresql/data\n"
        },
        {
          path: "docker-compose.yml",
          base: "services:\n  web:\n    image: nginx\n    volumes:\n      - cache:/var/cache/nginx\n",
          code: "services:\n  web:\n    image: nginx\n"
        }
      ]
    }
  },
  check(doc, report) {
    const base = doc.compose?.base;
    const head = doc.compose?.head;
    if (!base || !head) return;
    for (const before of base.services) {
      const after = serviceOf(head, before.name);
      if (!after) continue;
      for (const mount of before.mounts) {
        if (mount.kind !== "volume" || mount.source === "" || !holdsData(before, mount)) continue;
        const kept = after.mounts.find((m) => m.target === mount.target && m.kind !== "tmpfs");
        if (kept) continue;
        const data = {
          service: before.name,
          image: before.image || "built image",
          volume: mount.source,
          target: mount.target
        };
        const tmpfs = after.mounts.find((m) => m.target === mount.target && m.kind === "tmpfs");
        if (tmpfs) report({ messageId: "tmpfs", data, span: tmpfs.span, unit: after.nameSpan });
        else report({ messageId: "mountRemoved", data, span: mount.span, unit: before.nameSpan, side: "base" });
      }
    }
    const dataVolumes = new Set(
      base.services.flatMap((s) => s.mounts.filter((m) => m.kind === "volume" && holdsData(s, m)).map((m) => m.source))
    );
    for (const volume of base.volumes) {
      const now = head.volumes.find((v) => v.name === volume.name);
      if (volume.external && volume.externalSpan && now && !now.external && dataVolumes.has(volume.name)) {
        const data2 = { volume: volume.name, service: "", image: "", target: "" };
        report({ messageId: "externalDropped", data: data2, span: volume.externalSpan, unit: volume.span, side: "base" });
        continue;
      }
      if (volume.external || !dataVolumes.has(volume.name) || head.volumes.some((v) => v.name === volume.name))
        continue;
      const data = { volume: volume.name, service: "", image: "", target: "" };
      report({ messageId: "volumeRemoved", data, span: volume.span, unit: volume.span, side: "base" });
    }
  }
};

// src/rules/iac/lib/manifest-document.ts
function removedObjects(doc) {
  if (!doc.headRead) return [];
  const keys = new Set(doc.head.map((o) => o.key));
  return doc.base.filter((o) => !keys.has(o.key));
}

// src/rules/iac/lib/operator-backups.ts
var STRIMZI_CLAIMS = [
  ["storage", "deleteClaim"],
  ["storage", "volumes", "*", "deleteClaim"]
];
var BROKER_VOLUMES = "the broker volumes, and every topic on them, when the cluster is deleted or scaled down";
var OPERATOR_TABLE = [
  // Strimzi: deleteClaim deletes the broker volumes when the cluster or a node pool is deleted or scaled down
  // (https://strimzi.io/docs/operators/latest/configuring.html#type-PersistentClaimStorage-reference).
  {
    group: "kafka.strimzi.io",
    kind: "Kafka",
    safeguards: [
      ...STRIMZI_CLAIMS.map((path) => ({
        path: ["spec", "kafka", ...path],
        how: "paused",
        what: BROKER_VOLUMES
      })),
      ...STRIMZI_CLAIMS.map((path) => ({
        path: ["spec", "zookeeper", ...path],
        how: "paused",
        what: "the ZooKeeper volumes when the cluster is deleted"
      }))
    ]
  },
  {
    group: "kafka.strimzi.io",
    kind: "KafkaNodePool",
    safeguards: STRIMZI_CLAIMS.map((path) => ({
      path: ["spec", ...path],
      how: "paused",
      what: BROKER_VOLUMES
    }))
  },
  // ECK: https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-volume-claim-templates.html
  {
    group: "elasticsearch.k8s.elastic.co",
    kind: "Elasticsearch",
    safeguards: [
      {
        path: ["spec", "volumeClaimDeletePolicy"],
        how: "paused",
        unsafe: "DeleteOnScaledownAndClusterDeletion",
        what: "the data volumes when the cluster is deleted"
      }
    ]
  },
  // CloudNativePG: https://cloudnative-pg.io/documentation/current/backup/
  {
    group: "postgresql.cnpg.io",
    kind: "Cluster",
    database: "CloudNativePG cluster",
    safeguards: [
      { path: ["spec", "backup"], how: "present", what: "the backup configuration" },
      {
        path: ["spec", "backup", "barmanObjectStore"],
        how: "present",
        what: "the object store that receives base backups and WAL"
      },
      { path: ["spec", "backup", "retentionPolicy"], how: "duration", what: "the backup retention" },
      { path: ["spec", "plugins"], how: "named", what: "the backup plugin" }
    ]
  },
  {
    group: "postgresql.cnpg.io",
    kind: "ScheduledBackup",
    schedule: "CloudNativePG scheduled backup",
    safeguards: [{ path: ["spec", "suspend"], how: "paused", what: "the scheduled backup" }]
  },
  // Zalando postgres-operator: https://postgres-operator.readthedocs.io/en/latest/reference/cluster_manifest/
  {
    group: "acid.zalan.do",
    kind: "postgresql",
    database: "Zalando PostgreSQL cluster",
    safeguards: [{ path: ["spec", "enableLogicalBackup"], how: "enabled", what: "the logical backups" }]
  },
  // Crunchy PGO: https://access.crunchydata.com/documentation/postgres-operator/latest/tutorials/backups-disaster-recovery/backups
  {
    group: "postgres-operator.crunchydata.com",
    kind: "PostgresCluster",
    database: "Crunchy PostgresCluster",
    safeguards: [
      { path: ["spec", "backups"], how: "present", what: "the backup configuration" },
      { path: ["spec", "backups", "pgbackrest", "repos"], how: "named", what: "a pgBackRest repository" },
      {
        path: ["spec", "backups", "pgbackrest", "global", "repo1-retention-full"],
        how: "count",
        what: "the full backups kept in repo1"
      },
      {
        path: ["spec", "backups", "pgbackrest", "global", "repo2-retention-full"],
        how: "count",
        what: "the full backups kept in repo2"
      }
    ]
  },
  // Percona operators: https://docs.percona.com/percona-operator-for-mysql/pxc/backups.html
  {
    group: "pxc.percona.com",
    kind: "PerconaXtraDBCluster",
    database: "Percona XtraDB cluster",
    safeguards: [
      { path: ["spec", "backup"], how: "present", what: "the backup configuration" },
      { path: ["spec", "backup", "schedule"], how: "named", what: "a scheduled backup" },
      { path: ["spec", "backup", "pitr", "enabled"], how: "enabled", what: "point-in-time recovery" }
    ]
  },
  {
    group: "psmdb.percona.com",
    kind: "PerconaServerMongoDB",
    database: "Percona Server for MongoDB cluster",
    safeguards: [
      { path: ["spec", "backup", "enabled"], how: "enabled", what: "the backups" },
      { path: ["spec", "backup", "tasks"], how: "named", what: "a scheduled backup" },
      { path: ["spec", "backup", "pitr", "enabled"], how: "enabled", what: "point-in-time recovery" }
    ]
  },
  {
    group: "pgv2.percona.com",
    kind: "PerconaPGCluster",
    database: "Percona PostgreSQL cluster",
    safeguards: [
      { path: ["spec", "backups"], how: "present", what: "the backup configuration" },
      { path: ["spec", "backups", "pgbackrest", "repos"], how: "named", what: "a pgBackRest repository" }
    ]
  },
  // MongoDB Community and Atlas operators: https://www.mongodb.com/docs/atlas/operator/current/
  {
    group: "mongodbcommunity.mongodb.com",
    kind: "MongoDBCommunity",
    database: "MongoDB Community replica set",
    safeguards: []
  },
  {
    group: "atlas.mongodb.com",
    kind: "AtlasDeployment",
    database: "MongoDB Atlas deployment",
    keepAnnotation: { name: "mongodb.com/atlas-resource-policy", value: "keep" },
    safeguards: [
      { path: ["spec", "backupRef"], how: "present", what: "the backup schedule" },
      { path: ["spec", "deploymentSpec", "backupEnabled"], how: "enabled", what: "cloud backups" }
    ]
  },
  {
    group: "atlas.mongodb.com",
    kind: "AtlasBackupSchedule",
    schedule: "Atlas backup schedule",
    safeguards: [{ path: ["spec", "autoExportEnabled"], how: "enabled", what: "the export of snapshots" }]
  },
  {
    group: "atlas.mongodb.com",
    kind: "AtlasBackupPolicy",
    schedule: "Atlas backup policy",
    safeguards: [{ path: ["spec", "items"], how: "named", what: "a backup policy item" }]
  },
  // Velero: https://velero.io/docs/main/api-types/schedule/
  {
    group: "velero.io",
    kind: "Schedule",
    schedule: "Velero backup schedule",
    safeguards: [
      { path: ["spec", "paused"], how: "paused", what: "the backup schedule" },
      { path: ["spec", "template", "ttl"], how: "duration", what: "how long backups are kept" }
    ]
  }
];
function operatorRowOf(object) {
  const group = object.apiVersion.split("/")[0] ?? "";
  return OPERATOR_TABLE.find((r) => r.group === group && r.kind === object.kind);
}
function durationSeconds(text) {
  if (!text || !/^(\d+(\.\d+)?(ms|s|m|h|d|w|y))+$/.test(text.trim())) return void 0;
  const unit = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536e3 };
  let total = 0;
  for (const [, n, , u] of text.trim().matchAll(/(\d+(\.\d+)?)(ms|s|m|h|d|w|y)/g)) total += Number(n) * unit[u];
  return total;
}
function pairAt(root, path) {
  const parent = path.length > 1 ? valueAt(root, ...path.slice(0, -1)) : root;
  return pairOf(parent, path[path.length - 1]);
}
function weakenings(row, base, head) {
  const out = [];
  for (const safeguard of row.safeguards) {
    const befores = pairsAt(base.root, safeguard.path);
    const afters = pairsAt(head.root, safeguard.path);
    for (const [key, before] of befores) judge(safeguard, before, afters.get(key), key, out);
    for (const [key, after] of afters) if (!befores.has(key)) judge(safeguard, void 0, after, key, out);
  }
  return out;
}
function pairsAt(root, path, named = 1) {
  const found = /* @__PURE__ */ new Map();
  const star = path.indexOf("*");
  if (star < 0) {
    const pair = pairAt(root, path);
    if (pair) found.set(path.slice(named).join("."), pair);
    return found;
  }
  const list = path.slice(named, star).join(".");
  itemsOf(valueAt(root, ...path.slice(0, star))).forEach((item, index) => {
    const id = scalarText(valueAt(item, "id")) ?? scalarText(valueAt(item, "name")) ?? String(index);
    for (const [rest, pair] of pairsAt(item, path.slice(star + 1), 0)) found.set(`${list}[${id}].${rest}`, pair);
  });
  return found;
}
function judge(safeguard, before, after, name, out) {
  {
    const headSpan = after ? pairSpan(after) : void 0;
    switch (safeguard.how) {
      case "present":
        if (before && !after)
          out.push({ safeguard, detail: `${name} is removed`, span: pairSpan(before), side: "base" });
        break;
      case "enabled": {
        const was = scalarText(before?.value);
        const now = scalarText(after?.value);
        if (was !== "true") break;
        if (!after) out.push({ safeguard, detail: `${name}: true is removed`, span: pairSpan(before), side: "base" });
        else if (now === "false")
          out.push({ safeguard, detail: `${name} is now false`, span: headSpan, side: "head" });
        break;
      }
      case "paused": {
        const unsafe = safeguard.unsafe ?? "true";
        if (scalarText(after?.value) === unsafe && scalarText(before?.value) !== unsafe)
          out.push({ safeguard, detail: `${name} is now ${unsafe}`, span: headSpan, side: "head" });
        break;
      }
      case "duration":
      case "count": {
        const read = (p) => safeguard.how === "duration" ? durationSeconds(scalarText(p?.value)) : numberOf(scalarText(p?.value));
        const was = read(before);
        const now = read(after);
        if (was !== void 0 && now !== void 0 && now < was)
          out.push({
            safeguard,
            detail: `${name} goes from ${scalarText(before?.value)} to ${scalarText(after?.value)}`,
            span: headSpan,
            side: "head"
          });
        break;
      }
      case "named": {
        const nameOf = (item) => scalarText(valueAt(item, "name"));
        const kept = new Set(itemsOf(after?.value).map(nameOf));
        for (const item of itemsOf(before?.value)) {
          const itemName = nameOf(item);
          if (itemName === void 0 || kept.has(itemName) || !after) continue;
          const range = item.range;
          out.push({
            safeguard,
            detail: `${name} no longer has ${itemName}`,
            span: { start: range[0], end: range[1] },
            side: "base"
          });
        }
        break;
      }
    }
  }
}
function numberOf(text) {
  return text !== void 0 && /^\d+$/.test(text.trim()) ? Number(text) : void 0;
}

// src/rules/iac/operator-backup-weakened.ts
var operatorBackupWeakened = {
  meta: {
    id: "iac/operator-backup-weakened",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A database operator or backup tool resource loses its backups: CloudNativePG `spec.backup` or a ScheduledBackup, Crunchy/Percona `spec.backups` and their repositories, Zalando logical backups, Atlas backup schedules, a Velero Schedule removed, paused or its ttl cut.",
    messages: {
      weakened: "{kind} {name}: {detail}; this gives up {what}",
      scheduleRemoved: "{kind} {name} ({schedule}) is removed: the backups it takes stop"
    },
    examples: {
      invalid: [
        {
          path: "k8s/db/cluster.yaml",
          base: 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n  instances: 3\n  backup:\n    retentionPolicy: "30d"\n    barmanObjectStore:\n      destinationPath: s3://acme-backups/orders\n',
          code: "apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n  instances: 3\n",
          line: 7,
          side: "base"
        },
        {
          path: "k8s/velero/schedule.yaml",
          base: 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  template:\n    ttl: 720h0m0s\n',
          code: 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  template:\n    ttl: 24h0m0s\n',
          line: 8
        },
        {
          path: "k8s/db/backups.yaml",
          base: 'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: orders-daily\nspec:\n  schedule: "0 0 2 * * *"\n  cluster:\n    name: orders\n',
          code: "",
          line: 2,
          side: "base"
        }
      ],
      valid: [
        {
          path: "k8s/velero/schedule.yaml",
          base: 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  template:\n    ttl: 720h0m0s\n',
          code: 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\nspec:\n  schedule: "30 1 * * *"\n  template:\n    ttl: 720h0m0s\n'
        }
      ]
    }
  },
  check(doc, report) {
    const bases = new Map(doc.base.map((o) => [o.key, o]));
    for (const head of doc.head) {
      const base = bases.get(head.key);
      const row = operatorRowOf(head);
      if (!base || !row) continue;
      const found = weakenings(row, base, head);
      const removedBlocks = found.filter((w) => w.safeguard.how === "present").map((w) => w.safeguard.path.join("."));
      for (const w of found) {
        const path = w.safeguard.path.join(".");
        if (removedBlocks.some((b) => path !== b && path.startsWith(`${b}.`))) continue;
        report({
          messageId: "weakened",
          data: { kind: head.kind, name: head.name, detail: w.detail, what: w.safeguard.what },
          span: w.span,
          ...w.side === "head" ? { unit: head.span } : { side: "base" }
        });
      }
    }
    for (const object of removedObjects(doc)) {
      const schedule = operatorRowOf(object)?.schedule;
      if (schedule)
        report({
          messageId: "scheduleRemoved",
          data: { kind: object.kind, name: object.name, schedule },
          span: object.kindSpan,
          unit: object.span,
          side: "base"
        });
    }
  }
};

// src/rules/iac/operator-database-removed.ts
var operatorDatabaseRemoved = {
  meta: {
    id: "iac/operator-database-removed",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A database managed by a Kubernetes operator (CloudNativePG Cluster, Zalando postgresql, Crunchy PostgresCluster, Percona, MongoDB Community or Atlas) is removed from the manifests: a pruning deploy deletes the resource and the operator deletes the database.",
    messages: {
      removed: "{kind} {name} ({database}) is removed from the manifests: a pruning deploy deletes it, and the operator deletes the database and its volumes"
    },
    examples: {
      invalid: [
        {
          path: "k8s/db/cluster.yaml",
          base: "apiVersion: postgres-operator.crunchydata.com/v1beta1\nkind: PostgresCluster\nmetadata:\n  name: orders\nspec:\n  postgresVersion: 16\n",
          code: "",
          line: 2,
          side: "base"
        }
      ],
      valid: [
        {
          path: "k8s/atlas/deployment.yaml",
          base: "apiVersion: atlas.mongodb.com/v1\nkind: AtlasDeployment\nmetadata:\n  name: orders\n  annotations:\n    mongodb.com/atlas-resource-policy: keep\nspec: {}\n",
          code: ""
        }
      ]
    }
  },
  check(doc, report) {
    for (const object of removedObjects(doc)) {
      const row = operatorRowOf(object);
      if (!row?.database) continue;
      const keep = row.keepAnnotation;
      if (keep && scalarText(valueAt(object.root, "metadata", "annotations", keep.name)) === keep.value) continue;
      report({
        messageId: "removed",
        data: { kind: object.kind, name: object.name, database: row.database },
        span: object.kindSpan,
        unit: object.span,
        side: "base"
      });
    }
  }
};

// src/rules/iac/reclaim-policy-delete.ts
var reclaimPolicyDelete = {
  meta: {
    id: "iac/reclaim-policy-delete",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A PersistentVolume with `persistentVolumeReclaimPolicy: Delete`, or a StorageClass with `reclaimPolicy: Delete`: releasing the claim deletes the disk.",
    messages: {
      volume: "PersistentVolume {name} has reclaim policy Delete: when its claim is released the disk and its data are deleted",
      storageClass: "StorageClass {name} has reclaim policy Delete: every volume it provisions is deleted with its claim"
    },
    examples: {
      invalid: [
        {
          path: "k8s/pv.yaml",
          base: "apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: ledger\nspec:\n  persistentVolumeReclaimPolicy: Retain\n",
          code: "apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: ledger\nspec:\n  persistentVolumeReclaimPolicy: Delete\n",
          line: 6
        },
        {
          path: "k8s/storage-class.yaml",
          code: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\nprovisioner: ebs.csi.aws.com\nreclaimPolicy: Delete\n",
          line: 6
        }
      ],
      valid: [
        {
          path: "k8s/storage-class.yaml",
          code: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\nprovisioner: ebs.csi.aws.com\nreclaimPolicy: Retain\n"
        }
      ]
    }
  },
  check(doc, report) {
    for (const object of doc.head) {
      const pair = object.kind === "PersistentVolume" ? pairOf(valueAt(object.root, "spec"), "persistentVolumeReclaimPolicy") : object.kind === "StorageClass" ? pairOf(object.root, "reclaimPolicy") : void 0;
      if (!pair || scalarText(pair.value) !== "Delete") continue;
      const messageId = object.kind === "PersistentVolume" ? "volume" : "storageClass";
      report({ messageId, data: { name: object.name }, span: pairSpan(pair), unit: object.span });
    }
  }
};

// src/rules/iac/helm-keep-policy-removed.ts
var KEEP = "helm.sh/resource-policy";
function keepPair(object) {
  const pair = pairOf(valueAt(object.root, "metadata", "annotations"), KEEP);
  return pair && scalarText(pair.value) === "keep" ? pair : void 0;
}
function counterpart(doc, object) {
  const same = doc.head.find((o) => o.key === object.key);
  if (same) return same;
  const before = doc.base.filter((o) => o.kind === object.kind);
  const after = doc.head.filter((o) => o.kind === object.kind);
  return before.length === 1 && after.length === 1 ? after[0] : void 0;
}
var helmKeepPolicyRemoved = {
  meta: {
    id: "iac/helm-keep-policy-removed",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "The `helm.sh/resource-policy: keep` annotation removed from an object (a PersistentVolumeClaim, a StatefulSet): `helm uninstall`, or a rename of the release, now deletes it with its data.",
    messages: {
      removed: "{kind} {name} loses helm.sh/resource-policy: keep; helm uninstall (or a change that drops it from the chart) now deletes it and the data it holds"
    },
    examples: {
      invalid: [
        {
          path: "charts/db/templates/pvc.yaml",
          base: "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  annotations:\n    helm.sh/resource-policy: keep\nspec:\n  accessModes: [ReadWriteOnce]\n",
          code: "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [ReadWriteOnce]\n",
          line: 6,
          side: "base"
        }
      ],
      valid: [
        {
          path: "charts/db/templates/pvc.yaml",
          base: "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  annotations:\n    helm.sh/resource-policy: keep\nspec:\n  accessModes: [ReadWriteOnce]\n",
          code: "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  annotations:\n    helm.sh/resource-policy: keep\nspec:\n  accessModes: [ReadWriteMany]\n"
        }
      ]
    }
  },
  check(doc, report) {
    if (!doc.headRead) return;
    for (const object of doc.base) {
      const pair = keepPair(object);
      if (!pair) continue;
      const head = counterpart(doc, object);
      if (!head || keepPair(head)) continue;
      report({
        messageId: "removed",
        data: { kind: object.kind, name: object.name },
        span: pairSpan(pair),
        unit: object.span,
        side: "base"
      });
    }
  }
};

// src/rules/iac/removed-namespace.ts
var removedNamespace = {
  meta: {
    id: "iac/removed-namespace",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A Namespace removed from the manifests: a pruning deploy deletes the namespace and everything in it, volume claims included.",
    messages: {
      removed: "Namespace {name} is removed from the manifests: a pruning deploy deletes it with every object in it, volume claims and their data included"
    },
    examples: {
      invalid: [
        {
          path: "deploy/namespaces.yaml",
          base: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ledger\n",
          code: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n",
          line: 7,
          side: "base"
        }
      ],
      valid: [
        {
          path: "deploy/namespaces.yaml",
          base: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n",
          code: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n  labels:\n    team: core\n"
        }
      ]
    }
  },
  check(doc, report) {
    for (const object of removedObjects(doc)) {
      if (object.kind !== "Namespace") continue;
      report({
        messageId: "removed",
        data: { name: object.name },
        span: object.kindSpan,
        unit: object.span,
        side: "base"
      });
    }
  }
};

// src/rules/iac/removed-volume-claim.ts
function claimNames(object) {
  return itemsOf(valueAt(object.root, "spec", "volumeClaimTemplates")).flatMap((c) => {
    const pair = pairOf(valueOf(c, "metadata"), "name");
    const name = pair ? scalarText(pair.value) : void 0;
    return pair && name !== void 0 ? [{ name, span: pairSpan(pair) }] : [];
  });
}
var removedVolumeClaim = {
  meta: {
    id: "iac/removed-volume-claim",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A PersistentVolumeClaim, or a StatefulSet with volume claim templates, removed from the manifests: a pruning deploy (Argo CD, Flux, `kubectl apply --prune`, Helm) deletes it and, with the usual Delete reclaim policy, its volume. Also a claim template removed or renamed in a StatefulSet that stays: its pods start on new, empty claims.",
    messages: {
      claim: "PersistentVolumeClaim {name} is removed from the manifests: a pruning deploy deletes it, and with reclaim policy Delete its volume and data",
      statefulSet: "StatefulSet {name}, which claims volumes ({claims}), is removed from the manifests: a pruning deploy deletes it and may delete its volumes",
      template: "StatefulSet {name} no longer has the volume claim template {claims}: its pods start on new, empty claims (the template cannot change in place, so a deploy recreates the StatefulSet) and the data stays on claims nothing mounts"
    },
    examples: {
      invalid: [
        {
          path: "k8s/db.yaml",
          base: "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: db-data\nspec:\n  resources:\n    requests:\n      storage: 20Gi\n",
          code: "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n",
          line: 7,
          side: "base"
        },
        {
          path: "charts/db/templates/statefulset.yaml",
          base: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ include "db.fullname" . }}\n  labels:\n    {{- include "db.labels" . | nindent 4 }}\nspec:\n  volumeClaimTemplates:\n    - metadata:\n        name: data\n',
          code: "",
          line: 2,
          side: "base"
        }
      ],
      valid: [
        {
          path: "k8s/db.yaml",
          base: "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: db-data\nspec: {}\n",
          code: "# the claim stays\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: db-data\nspec:\n  storageClassName: gp3\n"
        },
        {
          path: "k8s/web.yaml",
          base: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  replicas: 1\n",
          code: ""
        }
      ]
    }
  },
  check(doc, report) {
    for (const object of removedObjects(doc)) {
      const data = { name: object.name || "(unnamed)", claims: "" };
      if (object.kind === "PersistentVolumeClaim") {
        report({ messageId: "claim", data, span: object.kindSpan, unit: object.span, side: "base" });
      } else if (object.kind === "StatefulSet") {
        const claims = itemsOf(valueAt(object.root, "spec", "volumeClaimTemplates"));
        if (claims.length === 0) continue;
        data.claims = claims.map((c) => scalarText(valueAt(c, "metadata", "name")) ?? "?").join(", ");
        report({ messageId: "statefulSet", data, span: object.kindSpan, unit: object.span, side: "base" });
      }
    }
    if (!doc.headRead) return;
    for (const before of doc.base) {
      if (before.kind !== "StatefulSet") continue;
      const after = doc.head.find((o) => o.key === before.key);
      if (!after) continue;
      const kept = new Set(claimNames(after).map((c) => c.name));
      for (const claim of claimNames(before)) {
        if (kept.has(claim.name)) continue;
        report({
          messageId: "template",
          data: { name: before.name || "(unnamed)", claims: claim.name },
          span: claim.span,
          unit: before.span,
          side: "base"
        });
      }
    }
  }
};

// src/rules/iac/volume-claim-retention-delete.ts
var FIELDS = ["whenDeleted", "whenScaled"];
var volumeClaimRetentionDelete = {
  meta: {
    id: "iac/volume-claim-retention-delete",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A StatefulSet\u2019s `persistentVolumeClaimRetentionPolicy` turns to `Delete`: deleting or scaling down the StatefulSet deletes the claims its templates made, and their data.",
    messages: {
      whenDeleted: "StatefulSet {name}: persistentVolumeClaimRetentionPolicy.whenDeleted is Delete (was {before}): deleting the StatefulSet deletes its volume claims ({claims}) and their data",
      whenScaled: "StatefulSet {name}: persistentVolumeClaimRetentionPolicy.whenScaled is Delete (was {before}): scaling it down deletes the claims of the removed replicas ({claims}) and their data"
    },
    examples: {
      invalid: [
        {
          path: "k8s/postgres/statefulset.yaml",
          base: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: postgres\nspec:\n  replicas: 1\n  volumeClaimTemplates:\n    - metadata:\n        name: pgdata\n",
          code: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: postgres\nspec:\n  replicas: 1\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Delete\n  volumeClaimTemplates:\n    - metadata:\n        name: pgdata\n",
          line: 8
        }
      ],
      valid: [
        {
          path: "k8s/postgres/statefulset.yaml",
          code: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: postgres\nspec:\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Retain\n    whenScaled: Retain\n"
        }
      ]
    }
  },
  check(doc, report) {
    for (const object of doc.head) {
      if (object.kind !== "StatefulSet") continue;
      const policy = valueAt(object.root, "spec", "persistentVolumeClaimRetentionPolicy");
      const before = doc.base.find((o) => o.key === object.key);
      const names = itemsOf(valueAt(object.root, "spec", "volumeClaimTemplates")).map((c) => scalarText(valueAt(c, "metadata", "name")) ?? "?").join(", ") || "none declared";
      for (const field of FIELDS) {
        const pair = pairOf(policy, field);
        if (!pair || scalarText(pair.value) !== "Delete") continue;
        const was = before ? scalarText(valueAt(before.root, "spec", "persistentVolumeClaimRetentionPolicy", field)) : void 0;
        if (was === "Delete") continue;
        report({
          messageId: field,
          data: { name: object.name, before: was ?? "Retain", claims: names },
          span: pairSpan(pair),
          unit: object.span
        });
      }
    }
  }
};

// src/rules/iac/gitops-prune-enabled.ts
var STATEFUL = /postgres|\bpg\b|mysql|mariadb|mongo|redis|valkey|kafka|zookeeper|elastic|opensearch|cassandra|scylla|clickhouse|minio|rabbitmq|etcd|vault|timescale|influx|neo4j|cockroach|cnpg|database|\bdbs?\b|-db\b|\bdb-|storage|stateful|volume|backup|ledger|warehouse/i;
function pruneOf(object) {
  const group = object.apiVersion.split("/")[0];
  if (object.kind === "Application" && group === "argoproj.io") {
    const spec = valueAt(object.root, "spec");
    const sources = [valueAt(spec, "source"), ...itemsOf(valueAt(spec, "sources"))];
    return {
      pair: pairOf(valueAt(spec, "syncPolicy", "automated"), "prune"),
      describes: [
        object.name,
        scalarText(valueAt(spec, "destination", "namespace")) ?? "",
        ...sources.flatMap((s) => ["path", "chart", "repoURL"].map((k) => scalarText(valueAt(s, k)) ?? ""))
      ]
    };
  }
  if (object.kind === "ApplicationSet" && group === "argoproj.io") {
    const spec = valueAt(object.root, "spec", "template", "spec");
    return {
      pair: pairOf(valueAt(spec, "syncPolicy", "automated"), "prune"),
      describes: [
        object.name,
        scalarText(valueAt(spec, "source", "path")) ?? "",
        scalarText(valueAt(spec, "source", "chart")) ?? ""
      ]
    };
  }
  if (object.kind === "Kustomization" && group === "kustomize.toolkit.fluxcd.io") {
    const spec = valueAt(object.root, "spec");
    return {
      pair: pairOf(spec, "prune"),
      describes: [
        object.name,
        scalarText(valueAt(spec, "path")) ?? "",
        scalarText(valueAt(spec, "targetNamespace")) ?? ""
      ]
    };
  }
  return void 0;
}
var isOn = (pair) => pair !== void 0 && /^true$/i.test(scalarText(pair.value) ?? "");
var gitopsPruneEnabled = {
  meta: {
    id: "iac/gitops-prune-enabled",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "Automated pruning turned on for an existing Argo CD Application or Flux Kustomization that deploys a data store: objects missing from the source, volume claims included, are deleted from the cluster on the next sync.",
    messages: {
      argo: "Argo CD {kind} {name} ({what}): automated prune is turned on; the next sync deletes every object it manages that is missing from the source, volume claims and databases included",
      flux: "Flux Kustomization {name} ({what}): prune is turned on; the next reconcile deletes every object it manages that is missing from the source, volume claims and databases included"
    },
    examples: {
      invalid: [
        {
          path: "argocd/apps/orders-db.yaml",
          base: "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: orders-postgres\nspec:\n  source:\n    path: deploy/postgres\n  syncPolicy:\n    automated:\n      selfHeal: true\n",
          code: "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: orders-postgres\nspec:\n  source:\n    path: deploy/postgres\n  syncPolicy:\n    automated:\n      selfHeal: true\n      prune: true\n",
          line: 11
        }
      ],
      valid: [
        {
          path: "argocd/apps/web.yaml",
          code: "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  source:\n    path: deploy/web\n  syncPolicy:\n    automated:\n      prune: true\n"
        }
      ]
    }
  },
  check(doc, report) {
    for (const object of doc.head) {
      const head = pruneOf(object);
      if (!head?.pair || !isOn(head.pair)) continue;
      const before = doc.base.find((o) => o.key === object.key);
      if (!before || isOn(pruneOf(before)?.pair)) continue;
      const what = [...new Set(head.describes.slice(1).filter(Boolean))].join(", ");
      const stateful = head.describes.some((d) => STATEFUL.test(d));
      report({
        messageId: object.kind === "Kustomization" ? "flux" : "argo",
        data: { kind: object.kind, name: object.name, what: what || object.name },
        span: pairSpan(head.pair),
        unit: object.span,
        ...stateful ? {} : { downgradedBecause: "nothing in its name, path, chart or namespace says it deploys a data store" }
      });
    }
  }
};

// src/rules/iac/deletion-policy-delete.ts
var CNRM = "cnrm.cloud.google.com/deletion-policy";
function crossplanePolicy(object) {
  const group = object.apiVersion.split("/")[0] ?? "";
  if (!/\.(upbound\.io|crossplane\.io)$/.test(group) || /^(pkg|apiextensions)\.crossplane\.io$/.test(group))
    return void 0;
  return { pair: pairOf(valueAt(object.root, "spec"), "deletionPolicy"), keep: "Orphan" };
}
function configConnectorPolicy(object) {
  const group = object.apiVersion.split("/")[0] ?? "";
  if (!group.endsWith(".cnrm.cloud.google.com")) return void 0;
  return { pair: pairOf(valueAt(object.root, "metadata", "annotations"), CNRM), keep: "abandon" };
}
var deletionPolicyDelete = {
  meta: {
    id: "iac/deletion-policy-delete",
    family: "iac",
    kind: "protection",
    defaultSeverity: "block",
    description: "A Crossplane managed resource\u2019s `deletionPolicy` goes from `Orphan` to `Delete` (or is removed), or Config Connector\u2019s `cnrm.cloud.google.com/deletion-policy: abandon` is removed: deleting the Kubernetes object then deletes the cloud resource and its data.",
    messages: {
      crossplane: "{kind} {name}: deletionPolicy is {after} (was Orphan): deleting or pruning the object now deletes the cloud resource and its data",
      configConnector: "{kind} {name}: {annotation}: abandon is {how}: deleting or pruning the object now deletes the Google Cloud resource and its data"
    },
    examples: {
      invalid: [
        {
          path: "crossplane/orders-db.yaml",
          base: "apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata:\n  name: orders\nspec:\n  deletionPolicy: Orphan\n  forProvider:\n    engine: postgres\n",
          code: "apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata:\n  name: orders\nspec:\n  deletionPolicy: Delete\n  forProvider:\n    engine: postgres\n",
          line: 6
        }
      ],
      valid: [
        {
          path: "crossplane/orders-db.yaml",
          base: "apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata:\n  name: orders\nspec:\n  deletionPolicy: Orphan\n  forProvider:\n    engine: postgres\n",
          code: "apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata:\n  name: orders\nspec:\n  deletionPolicy: Orphan\n  forProvider:\n    engine: postgres\n    instanceClass: db.r6g.large\n"
        }
      ]
    }
  },
  check(doc, report) {
    if (!doc.headRead) return;
    for (const before of doc.base) {
      const policy = crossplanePolicy(before) ?? configConnectorPolicy(before);
      if (!policy?.pair || scalarText(policy.pair.value) !== policy.keep) continue;
      const after = doc.head.find((o) => o.key === before.key);
      if (!after) continue;
      const now = (crossplanePolicy(after) ?? configConnectorPolicy(after))?.pair;
      const value = now ? scalarText(now.value) : void 0;
      if (value === policy.keep) continue;
      const data = { kind: before.kind, name: before.name, after: value ?? "unset (Delete)", annotation: CNRM };
      const crossplane = policy.keep === "Orphan";
      if (now)
        report({
          messageId: crossplane ? "crossplane" : "configConnector",
          data: { ...data, how: `changed to ${value ?? "something else"}` },
          span: pairSpan(now),
          unit: after.span
        });
      else
        report({
          messageId: crossplane ? "crossplane" : "configConnector",
          data: { ...data, how: "removed" },
          span: pairSpan(policy.pair),
          unit: before.span,
          side: "base"
        });
    }
  }
};

// src/rules/iac/helm-persistence-disabled.ts
var PERSISTENCE_KEYS = /* @__PURE__ */ new Set(["persistence", "persistentVolume"]);
var STATEFUL2 = /postgres|mysql|mariadb|mongo|redis|valkey|kafka|zookeeper|elastic|opensearch|cassandra|scylla|clickhouse|minio|rabbitmq|etcd|influx|neo4j|cockroach|nats|primary|master|database|\bdb\b/i;
var THROWAWAY_FILE = /(^|[-._])(dev|development|local|test|testing|ci|preview|sandbox|e2e|kind|minikube)([-._]|$)/i;
var helmPersistenceDisabled = {
  meta: {
    id: "iac/helm-persistence-disabled",
    family: "iac",
    kind: "destructive",
    defaultSeverity: "block",
    description: "Helm values turn `persistence.enabled` (or `persistentVolume.enabled`) off for a chart that keeps data: the next upgrade starts it on an empty emptyDir volume.",
    messages: {
      disabled: "{where}: {key} is now false (was {before}); the next upgrade runs {component} on an emptyDir, without the volume that holds its data"
    },
    examples: {
      invalid: [
        {
          path: "deploy/postgres/values-production.yaml",
          base: "primary:\n  persistence:\n    enabled: true\n    size: 100Gi\n",
          code: "primary:\n  persistence:\n    enabled: false\n    size: 100Gi\n",
          line: 3
        }
      ],
      valid: [
        {
          path: "deploy/postgres/values-production.yaml",
          base: "primary:\n  persistence:\n    enabled: true\n    size: 100Gi\n",
          code: "primary:\n  persistence:\n    enabled: true\n    size: 200Gi\n"
        },
        {
          path: "deploy/postgres/values.yaml",
          code: "primary:\n  persistence:\n    enabled: false\n"
        }
      ]
    }
  },
  check(doc, report) {
    for (const { where, head, base } of valuesPairs(doc)) {
      for (const { keys, enabled } of persistenceSwitches(head, [])) {
        if (scalarText(enabled.value) !== "false") continue;
        const before = scalarText(valueAt(base, ...keys, "enabled"));
        if (before === "false" || base === void 0) continue;
        const component = keys.slice(0, -1).join(".") || "the chart";
        if (before === void 0 && !STATEFUL2.test(`${where} ${keys.join(".")}`)) continue;
        const throwaway = throwawayEnvironment(doc.path) ?? throwawayFile(doc.path);
        report({
          messageId: "disabled",
          data: { where, key: [...keys, "enabled"].join("."), before: before ?? "unset, on by default", component },
          span: pairSpan(enabled),
          unit: pairSpan(enabled),
          ...throwaway ? { downgradedBecause: `the values are the ${throwaway} environment's` } : {}
        });
      }
    }
  }
};
function throwawayFile(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.ya?ml$/i, "");
  return THROWAWAY_FILE.exec(name)?.[2];
}
function valuesPairs(doc) {
  const pairs = [];
  if (doc.values?.head) pairs.push({ where: doc.path, head: doc.values.head, base: doc.values.base });
  for (const object of doc.head) {
    const inline = inlineValues(object.kind, object.apiVersion, object.root);
    if (!inline) continue;
    const previous = doc.base.find((o) => o.key === object.key);
    const base = previous ? inlineValues(previous.kind, previous.apiVersion, previous.root) : void 0;
    pairs.push({ where: `${object.kind} ${object.name}`, head: inline, base });
  }
  return pairs;
}
function inlineValues(kind, apiVersion, root) {
  const group = apiVersion.split("/")[0];
  if (kind === "HelmRelease" && group === "helm.toolkit.fluxcd.io") return valueAt(root, "spec", "values") ?? void 0;
  if (kind === "Application" && group === "argoproj.io")
    return valueAt(root, "spec", "source", "helm", "valuesObject") ?? void 0;
  return void 0;
}
function persistenceSwitches(node, keys) {
  if (keys.length > 8) return [];
  return entriesOf(node).flatMap(({ key, pair }) => {
    const path = [...keys, key];
    const enabled = PERSISTENCE_KEYS.has(key) ? pairOf(pair.value, "enabled") : void 0;
    return enabled ? [{ keys: path, enabled }] : persistenceSwitches(pair.value, path);
  });
}

// src/rules/iac/lib/manifest-checker.ts
var manifestRules = [
  removedVolumeClaim,
  removedNamespace,
  reclaimPolicyDelete,
  helmKeepPolicyRemoved,
  composeVolumeRemoved,
  operatorDatabaseRemoved,
  operatorBackupWeakened,
  volumeClaimRetentionDelete,
  gitopsPruneEnabled,
  deletionPolicyDelete,
  helmPersistenceDisabled
];
var manifestChecker = {
  family: "iac",
  rules: manifestRules,
  appliesTo: readsManifests,
  prepare: () => Promise.resolve(),
  check(file) {
    const doc = { path: file.path, head: [], base: [], headRead: true };
    const notes = [];
    if (isComposePath(file.path)) {
      const head = file.status === "removed" ? {} : readCompose(file.text);
      if (head.error !== void 0) throw new Error(`the compose file does not parse (${head.error})`);
      const base = file.baseText === void 0 ? {} : readCompose(file.baseText);
      doc.compose = {};
      if (head.compose) doc.compose.head = head.compose;
      if (base.compose) doc.compose.base = base.compose;
      return { findings: runRules(manifestRules, doc, () => false), notes, contexts: localComposeContexts(file) };
    }
    if (isHelmValuesPath(file.path) && !looksLikeKubernetes(file.text)) {
      const root = (text) => text === void 0 ? void 0 : parseYaml(text).documents[0]?.root;
      const head = file.status === "removed" ? void 0 : root(file.text);
      const base = root(file.baseText);
      doc.values = { ...head ? { head } : {}, ...base ? { base } : {} };
      return { findings: runRules(manifestRules, doc, () => false), notes };
    }
    const helm = isHelmTemplatePath(file.path);
    if (file.status !== "removed") {
      const head = readManifests(file.text, helm);
      doc.head = head.objects;
      if (head.error !== void 0) {
        doc.headRead = false;
        if (helm)
          notes.push(
            `${file.path}: the template is not YAML once its actions are blanked (${head.error}); removed objects were not compared`
          );
        else if (looksLikeKubernetes(file.text)) throw new Error(`the manifest does not parse (${head.error})`);
      }
    }
    if (file.baseText !== void 0) doc.base = readManifests(file.baseText, helm).objects;
    return { findings: runRules(manifestRules, doc, () => false), notes };
  }
};
function localComposeContexts(file) {
  if (!isLocalComposeFile(file.path) || file.previousPath !== void 0 && !isLocalComposeFile(file.previousPath))
    return [];
  const reason = `local development compose file (${file.path.split("/").pop()})`;
  const contexts = [
    { environment: "local", reason, span: { start: 0, end: file.text.length }, side: "head" }
  ];
  if (file.baseText !== void 0)
    contexts.push({ environment: "local", reason, span: { start: 0, end: file.baseText.length }, side: "base" });
  return contexts;
}

export {
  manifestRules,
  manifestChecker
};
