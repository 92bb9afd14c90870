import type { Rule } from '../../core/rule.js';
import type { ComposeFile, ComposeService, ServiceMount } from '../../parsers/kubernetes/compose.js';
import type { ManifestDocument } from './lib/manifest-document.js';

/** Images whose containers keep data: databases, caches with persistence, brokers, object stores. */
const STATEFUL_IMAGE =
  /(^|[/_-])(postgres|postgresql|postgis|timescaledb|mysql|mariadb|percona|mongo|mongodb|redis|valkey|keydb|elasticsearch|opensearch|cassandra|scylla|clickhouse|rabbitmq|kafka|zookeeper|minio|neo4j|influxdb|couchdb|cockroach|mssql|oracle|etcd|memgraph|surrealdb|questdb|meilisearch|typesense|qdrant|weaviate)([-_:@.]|$)/i;

/** Data directories of the usual database images, for services whose image says nothing (`build:`). */
const DATA_DIRECTORY =
  /^\/(var\/lib\/(postgresql|mysql|mongodb|redis|rabbitmq|clickhouse|cassandra)|data\/db|bitnami)(\/|$)/;

function holdsData(service: ComposeService, mount: ServiceMount): boolean {
  const image = service.image.split('@')[0]!.replace(/:[^/]*$/, '');
  return STATEFUL_IMAGE.test(image) || DATA_DIRECTORY.test(mount.target);
}

function serviceOf(compose: ComposeFile | undefined, name: string): ComposeService | undefined {
  return compose?.services.find((s) => s.name === name);
}

export const composeVolumeRemoved: Rule<
  ManifestDocument,
  'mountRemoved' | 'tmpfs' | 'volumeRemoved' | 'externalDropped'
> = {
  meta: {
    id: 'iac/compose-volume-removed',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A named volume taken away from a docker-compose service that keeps data (postgres, mysql, mongo, redis...), or its data directory moved to tmpfs, or a managed named volume removed from `volumes:`, or a data volume that was `external` handed to compose.',
    messages: {
      mountRemoved:
        'service {service} ({image}) no longer mounts volume {volume} at {target}: the next `up` starts it on an empty data directory',
      tmpfs:
        'service {service} ({image}) now keeps {target} on tmpfs instead of volume {volume}: its data lives in memory and is lost on every restart',
      volumeRemoved:
        'named volume {volume} is removed from the compose file: `docker compose down -v` and prune no longer keep it, and services lose its data',
      externalDropped:
        'named volume {volume} is no longer external: compose now creates and owns it, so services may start on a new empty volume and `docker compose down -v` deletes it',
    },
    examples: {
      invalid: [
        {
          path: 'docker-compose.yml',
          base: 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n',
          code: 'services:\n  db:\n    image: postgres:16\nvolumes:\n  pgdata: {}\n',
          line: 5,
          side: 'base',
        },
        {
          path: 'compose.prod.yaml',
          base: 'services:\n  db:\n    image: mysql:8\n    volumes:\n      - dbdata:/var/lib/mysql\n',
          code: 'services:\n  db:\n    image: mysql:8\n    tmpfs:\n      - /var/lib/mysql\n',
          line: 5,
        },
      ],
      valid: [
        {
          path: 'docker-compose.yml',
          base: 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n',
          code: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - type: volume\n        source: pgdata\n        target: /var/lib/postgresql/data\n',
        },
        {
          path: 'docker-compose.yml',
          base: 'services:\n  web:\n    image: nginx\n    volumes:\n      - cache:/var/cache/nginx\n',
          code: 'services:\n  web:\n    image: nginx\n',
        },
      ],
    },
  },
  check(doc, report) {
    const base = doc.compose?.base;
    const head = doc.compose?.head;
    if (!base || !head) return;
    for (const before of base.services) {
      const after = serviceOf(head, before.name);
      if (!after) continue;
      for (const mount of before.mounts) {
        if (mount.kind !== 'volume' || mount.source === '' || !holdsData(before, mount)) continue;
        const kept = after.mounts.find((m) => m.target === mount.target && m.kind !== 'tmpfs');
        if (kept) continue;
        const data = {
          service: before.name,
          image: before.image || 'built image',
          volume: mount.source,
          target: mount.target,
        };
        const tmpfs = after.mounts.find((m) => m.target === mount.target && m.kind === 'tmpfs');
        if (tmpfs) report({ messageId: 'tmpfs', data, span: tmpfs.span, unit: after.nameSpan });
        else report({ messageId: 'mountRemoved', data, span: mount.span, unit: before.nameSpan, side: 'base' });
      }
    }
    // External volumes are not compose's to delete; a volume no data service used held nothing of note.
    const dataVolumes = new Set(
      base.services.flatMap((s) => s.mounts.filter((m) => m.kind === 'volume' && holdsData(s, m)).map((m) => m.source)),
    );
    for (const volume of base.volumes) {
      const now = head.volumes.find((v) => v.name === volume.name);
      if (volume.external && volume.externalSpan && now && !now.external && dataVolumes.has(volume.name)) {
        const data = { volume: volume.name, service: '', image: '', target: '' };
        report({ messageId: 'externalDropped', data, span: volume.externalSpan, unit: volume.span, side: 'base' });
        continue;
      }
      if (volume.external || !dataVolumes.has(volume.name) || head.volumes.some((v) => v.name === volume.name))
        continue;
      const data = { volume: volume.name, service: '', image: '', target: '' };
      report({ messageId: 'volumeRemoved', data, span: volume.span, unit: volume.span, side: 'base' });
    }
  },
};
