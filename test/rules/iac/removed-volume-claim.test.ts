import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a claim removed from a kustomize base, with a comment above
    {
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n',
      path: 'k8s/base/api.yaml',
      base: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n---\n# uploads\nkind: PersistentVolumeClaim\napiVersion: v1\nmetadata:\n  name: uploads\n',
      line: 7,
      side: 'base',
      messageId: 'claim',
    },
    // a StatefulSet with claim templates, file deleted
    {
      code: '',
      path: 'deploy/kafka.yaml',
      base: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\nspec:\n  volumeClaimTemplates:\n    - metadata:\n        name: logs\n',
      line: 2,
      side: 'base',
      messageId: 'statefulSet',
    },
  ],
  valid: [
    // a Deployment removed
    { code: '', path: 'k8s/api.yaml', base: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n' },
    // a ConfigMap removed beside a claim that stays
    {
      code: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n',
      path: 'k8s/data.yaml',
      base: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n',
    },
  ],
};

ruleTester('iac/removed-volume-claim', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/removed-volume-claim', cases.invalid)).toMatchInlineSnapshot(`
    "k8s/base/api.yaml:7:1 iac/removed-volume-claim
    7 | kind: PersistentVolumeClaim
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^ PersistentVolumeClaim uploads is removed from the manifests: a pruning deploy deletes it, and with reclaim policy Delete its volume and data (base side)

    deploy/kafka.yaml:2:1 iac/removed-volume-claim
    2 | kind: StatefulSet
      | ^^^^^^^^^^^^^^^^^ StatefulSet kafka, which claims volumes (logs), is removed from the manifests: a pruning deploy deletes it and may delete its volumes (base side)"
  `);
});

const sts = (claim: string) =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: postgres\nspec:\n  replicas: 1\n  volumeClaimTemplates:\n    - metadata:\n        name: ${claim}\n      spec:\n        resources:\n          requests:\n            storage: 50Gi\n`;

ruleTester('iac/removed-volume-claim', {
  invalid: [
    // the template renamed in a StatefulSet that stays
    {
      code: sts('pg-data'),
      base: sts('data'),
      path: 'k8s/postgres.yaml',
      line: 9,
      side: 'base',
      messageId: 'template',
      data: { name: 'postgres', claims: 'data' },
    },
  ],
  valid: [
    // the template's size grows: the claim stays
    { code: sts('data').replace('50Gi', '100Gi'), base: sts('data'), path: 'k8s/postgres.yaml' },
  ],
});
