import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // every claim of a namespace
    { code: 'kubectl delete pvc --all -n data\n', path: 'scripts/ops.sh', line: 1, messageId: 'deleteAll' },
    // a statefulset with the namespace flag first
    { code: 'kubectl -n data delete statefulset postgres\n', path: 'scripts/ops.sh', line: 1, messageId: 'deleteKind' },
    // a whole manifest folder from a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kubectl delete -f k8s/ --context prod\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'deleteManifests',
    },
    // a custom resource definition takes every resource of its kind; --dry-run=none runs for real
    {
      code: 'kubectl delete crd certificates.cert-manager.io --dry-run=none\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'deleteKind',
    },
  ],
  valid: [
    // a dry run (client or server side) only prints what would be deleted
    { code: 'kubectl delete ns payments --dry-run=server -o name\n', path: 'scripts/ops.sh' },
    { code: 'kubectl delete pvc --all -n data --dry-run=client\n', path: 'scripts/ops.sh' },
    { code: 'kubectl -n prod delete pod api-7f9c-abcde\n', path: 'scripts/ops.sh' },
    { code: 'kubectl -n prod rollout restart deployment/api\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/kubectl-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/kubectl-delete', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:1 shell/kubectl-delete
    1 | kubectl delete pvc --all -n data
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kubectl delete --all deletes every resource of that kind in the namespace

    scripts/ops.sh:1:1 shell/kubectl-delete
    1 | kubectl -n data delete statefulset postgres
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kubectl delete statefulset postgres deletes it with the volumes and data it holds

    .github/workflows/ops.yml:5:14 shell/kubectl-delete
    5 |       - run: kubectl delete -f k8s/ --context prod
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kubectl delete -f/-k deletes every resource of the manifests, volumes and namespaces included

    scripts/ops.sh:1:1 shell/kubectl-delete
    1 | kubectl delete crd certificates.cert-manager.io --dry-run=none
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kubectl delete crd certificates.cert-manager.io deletes it with the volumes and data it holds"
  `);
});

it('reports a Deployment scaled to zero as a note, and blocks a StatefulSet or a manifest', async () => {
  const judged = async (line: string) =>
    (await findingsOf(`#!/bin/sh\n${line}\n`, 'scripts/ops/pause.sh'))
      .filter((f) => f.ruleId === 'shell/kubectl-delete')
      .map((f) => [f.line, f.blocking, f.downgradedBecause ?? null]);
  const note = 'a Deployment or ReplicaSet scaled to zero keeps its spec and volumes: scaling it back up restores it';
  expect(await judged('kubectl -n staging scale deployment/consumer --replicas=0')).toEqual([[2, false, note]]);
  expect(await judged('kubectl scale deploy api worker --replicas=0 -n jobs')).toEqual([[2, false, note]]);
  for (const line of [
    'kubectl -n data scale statefulset/postgres --replicas=0',
    'kubectl scale deploy/api sts/redis --replicas=0',
    'kubectl scale -f k8s/consumer.yaml --replicas=0',
  ]) {
    expect(await judged(line), line).toEqual([[2, true, null]]);
  }
});
