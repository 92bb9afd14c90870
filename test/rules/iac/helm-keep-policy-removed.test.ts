import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // keep removed from a StatefulSet, quoted
    {
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  replicas: 1\n',
      path: 'charts/db/templates/statefulset.yaml',
      base: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n  annotations:\n    "helm.sh/resource-policy": "keep"\nspec:\n  replicas: 1\n',
      line: 6,
      side: 'base',
      messageId: 'removed',
    },
    // keep removed among other annotations
    {
      code: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: uploads\n  annotations:\n    team: storage\n',
      path: 'charts/app/templates/pvc.yaml',
      base: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: uploads\n  annotations:\n    team: storage\n    helm.sh/resource-policy: keep\n',
      line: 7,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    // keep added
    {
      code: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: uploads\n  annotations:\n    helm.sh/resource-policy: keep\n',
      path: 'charts/app/templates/pvc.yaml',
      base: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: uploads\n',
    },
    // another annotation removed, keep stays
    {
      code: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: uploads\n  annotations:\n    helm.sh/resource-policy: keep\n',
      path: 'charts/app/templates/pvc.yaml',
      base: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: uploads\n  annotations:\n    team: storage\n    helm.sh/resource-policy: keep\n',
    },
  ],
};

ruleTester('iac/helm-keep-policy-removed', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/helm-keep-policy-removed', cases.invalid)).toMatchInlineSnapshot(`
    "charts/db/templates/statefulset.yaml:6:5 iac/helm-keep-policy-removed
    6 |     "helm.sh/resource-policy": "keep"
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ StatefulSet db loses helm.sh/resource-policy: keep; helm uninstall (or a change that drops it from the chart) now deletes it and the data it holds (base side)

    charts/app/templates/pvc.yaml:7:5 iac/helm-keep-policy-removed
    7 |     helm.sh/resource-policy: keep
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PersistentVolumeClaim uploads loses helm.sh/resource-policy: keep; helm uninstall (or a change that drops it from the chart) now deletes it and the data it holds (base side)"
  `);
});
