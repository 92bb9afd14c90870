import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const sts = (policy: string) =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\nspec:\n  replicas: 3\n${policy}  volumeClaimTemplates:\n    - metadata:\n        name: logs\n`;

const cases: RuleCases = {
  invalid: [
    // scale-down deletes the claims of the removed brokers
    {
      code: sts('  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Retain\n    whenScaled: Delete\n'),
      base: sts(''),
      path: 'k8s/kafka.yaml',
      line: 9,
      messageId: 'whenScaled',
      data: { name: 'kafka', before: 'Retain', claims: 'logs' },
    },
    // Retain switched to Delete, in flow style
    {
      code: sts('  persistentVolumeClaimRetentionPolicy: {whenDeleted: Delete}\n'),
      base: sts('  persistentVolumeClaimRetentionPolicy: {whenDeleted: Retain}\n'),
      path: 'k8s/kafka.yaml',
      line: 7,
      messageId: 'whenDeleted',
    },
  ],
  valid: [
    // already Delete before: not this change's doing
    {
      code: sts('  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Delete\n  minReadySeconds: 10\n'),
      base: sts('  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Delete\n'),
      path: 'k8s/kafka.yaml',
    },
    // the words in a ConfigMap
    {
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\ndata:\n  whenDeleted: Delete\n',
      path: 'k8s/cm.yaml',
    },
  ],
};

ruleTester('iac/volume-claim-retention-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/volume-claim-retention-delete', cases.invalid)).toMatchInlineSnapshot(`
    "k8s/kafka.yaml:9:5 iac/volume-claim-retention-delete
    9 |     whenScaled: Delete
      |     ^^^^^^^^^^^^^^^^^^ StatefulSet kafka: persistentVolumeClaimRetentionPolicy.whenScaled is Delete (was Retain): scaling it down deletes the claims of the removed replicas (logs) and their data

    k8s/kafka.yaml:7:42 iac/volume-claim-retention-delete
    7 |   persistentVolumeClaimRetentionPolicy: {whenDeleted: Delete}
      |                                          ^^^^^^^^^^^^^^^^^^^ StatefulSet kafka: persistentVolumeClaimRetentionPolicy.whenDeleted is Delete (was Retain): deleting the StatefulSet deletes its volume claims (logs) and their data"
  `);
});
