import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const bucket = (annotation: string) =>
  `apiVersion: storage.cnrm.cloud.google.com/v1beta1\nkind: StorageBucket\nmetadata:\n  name: acme-db-backups\n  annotations:\n${annotation}    cnrm.cloud.google.com/project-id: acme-prod\nspec:\n  location: US\n`;
const cluster = (policy: string) =>
  `apiVersion: rds.aws.upbound.io/v1beta1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n${policy}  forProvider:\n    engine: aurora-postgresql\n`;

const cases: RuleCases = {
  invalid: [
    // Config Connector: the abandon annotation removed
    {
      code: bucket(''),
      base: bucket('    cnrm.cloud.google.com/deletion-policy: abandon\n'),
      path: 'gcp/backups.yaml',
      line: 6,
      side: 'base',
      messageId: 'configConnector',
    },
    // Crossplane: Orphan removed, so the default Delete applies
    {
      code: cluster(''),
      base: cluster('  deletionPolicy: Orphan\n'),
      path: 'crossplane/orders.yaml',
      line: 6,
      side: 'base',
      messageId: 'crossplane',
      data: { kind: 'Cluster', name: 'orders', after: 'unset (Delete)' },
    },
  ],
  valid: [
    // the annotation stays
    {
      code: bucket('    cnrm.cloud.google.com/deletion-policy: abandon\n') + '  versioning:\n    enabled: true\n',
      base: bucket('    cnrm.cloud.google.com/deletion-policy: abandon\n'),
      path: 'gcp/backups.yaml',
    },
    // a Crossplane package (not a managed resource) and a policy that was Delete already
    {
      code: cluster('  deletionPolicy: Delete\n'),
      base: cluster('  deletionPolicy: Delete\n  managementPolicies: ["*"]\n'),
      path: 'crossplane/orders.yaml',
    },
  ],
};

ruleTester('iac/deletion-policy-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/deletion-policy-delete', cases.invalid)).toMatchInlineSnapshot(`
    "gcp/backups.yaml:6:5 iac/deletion-policy-delete
    6 |     cnrm.cloud.google.com/deletion-policy: abandon
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ StorageBucket acme-db-backups: cnrm.cloud.google.com/deletion-policy: abandon is removed: deleting or pruning the object now deletes the Google Cloud resource and its data (base side)

    crossplane/orders.yaml:6:3 iac/deletion-policy-delete
    6 |   deletionPolicy: Orphan
      |   ^^^^^^^^^^^^^^^^^^^^^^ Cluster orders: deletionPolicy is unset (Delete) (was Orphan): deleting or pruning the object now deletes the cloud resource and its data (base side)"
  `);
});
