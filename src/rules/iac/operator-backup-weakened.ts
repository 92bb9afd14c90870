import type { Rule } from '../../core/rule.js';
import { removedObjects, type ManifestDocument } from './lib/manifest-document.js';
import { operatorRowOf, weakenings } from './lib/operator-backups.js';

export const operatorBackupWeakened: Rule<ManifestDocument, 'weakened' | 'scheduleRemoved'> = {
  meta: {
    id: 'iac/operator-backup-weakened',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A database operator or backup tool resource loses its backups: CloudNativePG `spec.backup` or a ScheduledBackup, Crunchy/Percona `spec.backups` and their repositories, Zalando logical backups, Atlas backup schedules, a Velero Schedule removed, paused or its ttl cut.',
    messages: {
      weakened: '{kind} {name}: {detail}; this gives up {what}',
      scheduleRemoved: '{kind} {name} ({schedule}) is removed: the backups it takes stop',
    },
    examples: {
      invalid: [
        {
          path: 'k8s/db/cluster.yaml',
          base: 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n  instances: 3\n  backup:\n    retentionPolicy: "30d"\n    barmanObjectStore:\n      destinationPath: s3://acme-backups/orders\n',
          code: 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n  instances: 3\n',
          line: 7,
          side: 'base',
        },
        {
          path: 'k8s/velero/schedule.yaml',
          base: 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  template:\n    ttl: 720h0m0s\n',
          code: 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  template:\n    ttl: 24h0m0s\n',
          line: 8,
        },
        {
          path: 'k8s/db/backups.yaml',
          base: 'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: orders-daily\nspec:\n  schedule: "0 0 2 * * *"\n  cluster:\n    name: orders\n',
          code: '',
          line: 2,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'k8s/velero/schedule.yaml',
          base: 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  template:\n    ttl: 720h0m0s\n',
          code: 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\nspec:\n  schedule: "30 1 * * *"\n  template:\n    ttl: 720h0m0s\n',
        },
      ],
    },
  },
  check(doc, report) {
    const bases = new Map(doc.base.map((o) => [o.key, o]));
    for (const head of doc.head) {
      const base = bases.get(head.key);
      const row = operatorRowOf(head);
      if (!base || !row) continue;
      const found = weakenings(row, base, head);
      // A removed block is reported once, not again for each field inside it.
      const removedBlocks = found.filter((w) => w.safeguard.how === 'present').map((w) => w.safeguard.path.join('.'));
      for (const w of found) {
        const path = w.safeguard.path.join('.');
        if (removedBlocks.some((b) => path !== b && path.startsWith(`${b}.`))) continue;
        report({
          messageId: 'weakened',
          data: { kind: head.kind, name: head.name, detail: w.detail, what: w.safeguard.what },
          span: w.span,
          ...(w.side === 'head' ? { unit: head.span } : { side: 'base' as const }),
        });
      }
    }
    for (const object of removedObjects(doc)) {
      const schedule = operatorRowOf(object)?.schedule;
      if (schedule)
        report({
          messageId: 'scheduleRemoved',
          data: { kind: object.kind, name: object.name, schedule },
          span: object.kindSpan,
          unit: object.span,
          side: 'base',
        });
    }
  },
};
