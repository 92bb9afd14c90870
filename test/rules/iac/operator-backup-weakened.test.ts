import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const zalando = (backup: string) =>
  `apiVersion: acid.zalan.do/v1\nkind: postgresql\nmetadata:\n  name: acid-orders\nspec:\n  teamId: acid\n  enableLogicalBackup: ${backup}\n`;
const crunchy = (repos: string, retention: string) =>
  `apiVersion: postgres-operator.crunchydata.com/v1beta1\nkind: PostgresCluster\nmetadata:\n  name: orders\nspec:\n  postgresVersion: 16\n  backups:\n    pgbackrest:\n      global:\n        repo1-retention-full: "${retention}"\n      repos:\n${repos}`;
const repo1 = '        - name: repo1\n          volume: {}\n';
const repo2 = '        - name: repo2\n          s3:\n            bucket: acme-pg-backups\n';
const velero = (extra: string, ttl: string) =>
  `apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\n  namespace: velero\nspec:\n  schedule: "0 3 * * *"\n${extra}  template:\n    ttl: ${ttl}\n`;

const cases: RuleCases = {
  invalid: [
    // a Strimzi JBOD volume (matched by id) now deletes its claim
    {
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\nspec:\n  storage:\n    type: jbod\n    volumes:\n      - id: 0\n        type: persistent-claim\n        deleteClaim: true\n',
      path: 'k8s/kafka/pool.yaml',
      base: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\nspec:\n  storage:\n    type: jbod\n    volumes:\n      - id: 0\n        type: persistent-claim\n        deleteClaim: false\n',
      line: 11,
      messageId: 'weakened',
    },
    // Zalando logical backups switched off
    {
      code: zalando('false'),
      path: 'deploy/postgres/acid-orders.yaml',
      base: zalando('true'),
      line: 7,
      messageId: 'weakened',
      data: {
        kind: 'postgresql',
        name: 'acid-orders',
        detail: 'enableLogicalBackup is now false',
        what: 'the logical backups',
      },
    },
    // the off-site pgBackRest repository dropped from a Crunchy cluster
    {
      code: crunchy(repo1, '14'),
      path: 'k8s/db/orders.yaml',
      base: crunchy(repo1 + repo2, '14'),
      line: 14,
      side: 'base',
      messageId: 'weakened',
    },
    // fewer full backups kept
    {
      code: crunchy(repo1, '2'),
      path: 'k8s/db/orders.yaml',
      base: crunchy(repo1, '14'),
      line: 10,
      messageId: 'weakened',
    },
    // a Velero Schedule paused
    {
      code: velero('  paused: true\n', '720h0m0s'),
      path: 'k8s/velero/nightly.yaml',
      base: velero('', '720h0m0s'),
      line: 8,
      messageId: 'weakened',
    },
    // a CloudNativePG ScheduledBackup suspended
    {
      code: 'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: orders-daily\nspec:\n  schedule: "0 0 2 * * *"\n  suspend: true\n  cluster:\n    name: orders\n',
      path: 'k8s/db/backups.yaml',
      base: 'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: orders-daily\nspec:\n  schedule: "0 0 2 * * *"\n  cluster:\n    name: orders\n',
      line: 7,
      messageId: 'weakened',
    },
    // a Velero Schedule deleted
    {
      code: '',
      path: 'k8s/velero/nightly.yaml',
      base: velero('', '720h0m0s'),
      line: 2,
      side: 'base',
      messageId: 'scheduleRemoved',
    },
  ],
  valid: [
    // a broker count change keeps the claims
    {
      code: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\nspec:\n  replicas: 5\n  storage:\n    type: persistent-claim\n    deleteClaim: false\n',
      path: 'k8s/kafka/pool.yaml',
      base: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\nspec:\n  replicas: 3\n  storage:\n    type: persistent-claim\n    deleteClaim: false\n',
    },
    // logical backups switched on
    { code: zalando('true'), path: 'deploy/postgres/acid-orders.yaml', base: zalando('false') },
    // a repository added and more full backups kept
    { code: crunchy(repo1 + repo2, '30'), path: 'k8s/db/orders.yaml', base: crunchy(repo1, '14') },
    // backups kept longer, and a schedule explicitly unpaused
    {
      code: velero('  paused: false\n', '2160h0m0s'),
      path: 'k8s/velero/nightly.yaml',
      base: velero('', '720h0m0s'),
    },
    // a CloudNativePG retention lengthened
    {
      code: 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n  backup:\n    retentionPolicy: "60d"\n    barmanObjectStore:\n      destinationPath: s3://acme-backups/orders\n',
      path: 'k8s/db/cluster.yaml',
      base: 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n  backup:\n    retentionPolicy: "30d"\n    barmanObjectStore:\n      destinationPath: s3://acme-backups/orders\n',
    },
  ],
};

ruleTester('iac/operator-backup-weakened', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/operator-backup-weakened', cases.invalid)).toMatchInlineSnapshot(`
    "k8s/kafka/pool.yaml:11:9 iac/operator-backup-weakened
    11 |         deleteClaim: true
       |         ^^^^^^^^^^^^^^^^^ KafkaNodePool brokers: storage.volumes[0].deleteClaim is now true; this gives up the broker volumes, and every topic on them, when the cluster is deleted or scaled down

    deploy/postgres/acid-orders.yaml:7:3 iac/operator-backup-weakened
    7 |   enableLogicalBackup: false
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^ postgresql acid-orders: enableLogicalBackup is now false; this gives up the logical backups

    k8s/db/orders.yaml:14:11 iac/operator-backup-weakened
    14 |         - name: repo2
       |           ^^^^^^^^^^^ PostgresCluster orders: backups.pgbackrest.repos no longer has repo2; this gives up a pgBackRest repository (base side) (to line 16)

    k8s/db/orders.yaml:10:9 iac/operator-backup-weakened
    10 |         repo1-retention-full: "2"
       |         ^^^^^^^^^^^^^^^^^^^^^^^^^ PostgresCluster orders: backups.pgbackrest.global.repo1-retention-full goes from 14 to 2; this gives up the full backups kept in repo1

    k8s/velero/nightly.yaml:8:3 iac/operator-backup-weakened
    8 |   paused: true
      |   ^^^^^^^^^^^^ Schedule nightly: paused is now true; this gives up the backup schedule

    k8s/db/backups.yaml:7:3 iac/operator-backup-weakened
    7 |   suspend: true
      |   ^^^^^^^^^^^^^ ScheduledBackup orders-daily: suspend is now true; this gives up the scheduled backup

    k8s/velero/nightly.yaml:2:1 iac/operator-backup-weakened
    2 | kind: Schedule
      | ^^^^^^^^^^^^^^ Schedule nightly (Velero backup schedule) is removed: the backups it takes stop (base side)"
  `);
});
