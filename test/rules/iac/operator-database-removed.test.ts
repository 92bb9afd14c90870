import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cnpgCluster =
  'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\n  namespace: prod\nspec:\n  instances: 3\n';
const appSecret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-app\n';

const cases: RuleCases = {
  invalid: [
    // a CloudNativePG Cluster dropped from a multi-document file, its Secret kept
    {
      code: appSecret,
      path: 'k8s/prod/orders.yaml',
      base: `${appSecret}---\n${cnpgCluster}`,
      line: 7,
      side: 'base',
      messageId: 'removed',
      data: { kind: 'Cluster', name: 'orders', database: 'CloudNativePG cluster' },
    },
    // a Zalando postgresql manifest deleted, its apiVersion quoted as in the operator's docs
    {
      code: '',
      path: 'deploy/postgres/acid-orders.yaml',
      base: 'apiVersion: "acid.zalan.do/v1"\nkind: postgresql\nmetadata:\n  name: acid-orders\nspec:\n  teamId: acid\n  numberOfInstances: 2\n',
      line: 2,
      side: 'base',
      messageId: 'removed',
    },
    // an Atlas deployment whose keep annotation said something else
    {
      code: '',
      path: 'k8s/atlas/deployment.yaml',
      base: 'apiVersion: atlas.mongodb.com/v1\nkind: AtlasDeployment\nmetadata:\n  name: orders\n  annotations:\n    mongodb.com/atlas-resource-policy: delete\nspec: {}\n',
      line: 2,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    // the cluster is edited, not removed
    {
      code: cnpgCluster.replace('instances: 3', 'instances: 5'),
      path: 'k8s/prod/orders.yaml',
      base: cnpgCluster,
    },
    // a Cluster API cluster: same kind, another group
    {
      code: '',
      path: 'k8s/capi/workload.yaml',
      base: 'apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata:\n  name: workload\n',
    },
    // a ScheduledBackup is a schedule, not a database (iac/operator-backup-weakened reports it)
    {
      code: '',
      path: 'k8s/db/backups.yaml',
      base: 'apiVersion: postgresql.cnpg.io/v1\nkind: ScheduledBackup\nmetadata:\n  name: orders-daily\nspec:\n  schedule: "0 0 2 * * *"\n',
    },
  ],
};

ruleTester('iac/operator-database-removed', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/operator-database-removed', cases.invalid)).toMatchInlineSnapshot(`
    "k8s/prod/orders.yaml:7:1 iac/operator-database-removed
    7 | kind: Cluster
      | ^^^^^^^^^^^^^ Cluster orders (CloudNativePG cluster) is removed from the manifests: a pruning deploy deletes it, and the operator deletes the database and its volumes (base side)

    deploy/postgres/acid-orders.yaml:2:1 iac/operator-database-removed
    2 | kind: postgresql
      | ^^^^^^^^^^^^^^^^ postgresql acid-orders (Zalando PostgreSQL cluster) is removed from the manifests: a pruning deploy deletes it, and the operator deletes the database and its volumes (base side)

    k8s/atlas/deployment.yaml:2:1 iac/operator-database-removed
    2 | kind: AtlasDeployment
      | ^^^^^^^^^^^^^^^^^^^^^ AtlasDeployment orders (MongoDB Atlas deployment) is removed from the manifests: a pruning deploy deletes it, and the operator deletes the database and its volumes (base side)"
  `);
});
