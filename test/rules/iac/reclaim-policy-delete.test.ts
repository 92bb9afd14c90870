import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a new PersistentVolume with Delete
    {
      code: 'apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: orders\nspec:\n  capacity:\n    storage: 100Gi\n  persistentVolumeReclaimPolicy: Delete\n',
      path: 'k8s/pv.yaml',
      line: 8,
      messageId: 'volume',
    },
    // a StorageClass in a Helm template, Retain changed to Delete
    {
      code: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: {{ .Values.storageClass }}\nprovisioner: pd.csi.storage.gke.io\nreclaimPolicy: Delete\n',
      path: 'charts/db/templates/storageclass.yaml',
      base: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: {{ .Values.storageClass }}\nprovisioner: pd.csi.storage.gke.io\nreclaimPolicy: Retain\n',
      line: 6,
      messageId: 'storageClass',
    },
  ],
  valid: [
    {
      code: 'apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: orders\nspec:\n  persistentVolumeReclaimPolicy: Retain\n',
      path: 'k8s/pv.yaml',
    },
    // the word in a ConfigMap value
    {
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\ndata:\n  reclaimPolicy: Delete\n',
      path: 'k8s/cm.yaml',
    },
  ],
};

ruleTester('iac/reclaim-policy-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/reclaim-policy-delete', cases.invalid)).toMatchInlineSnapshot(`
    "k8s/pv.yaml:8:3 iac/reclaim-policy-delete
    8 |   persistentVolumeReclaimPolicy: Delete
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PersistentVolume orders has reclaim policy Delete: when its claim is released the disk and its data are deleted

    charts/db/templates/storageclass.yaml:6:1 iac/reclaim-policy-delete
    6 | reclaimPolicy: Delete
      | ^^^^^^^^^^^^^^^^^^^^^ StorageClass {{ .Values.storageClass }} has reclaim policy Delete: every volume it provisions is deleted with its claim"
  `);
});
