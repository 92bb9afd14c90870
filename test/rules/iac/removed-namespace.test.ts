import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // the whole file deleted
    {
      code: '',
      path: 'k8s/namespaces/billing.yaml',
      base: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: billing\n',
      line: 2,
      side: 'base',
      messageId: 'removed',
    },
    // keys in another order, the second document
    {
      code: 'kind: Namespace\napiVersion: v1\nmetadata:\n  name: web\n',
      path: 'deploy/ns.yaml',
      base: 'kind: Namespace\napiVersion: v1\nmetadata:\n  name: web\n---\nmetadata:\n  name: data\nkind: Namespace\napiVersion: v1\n',
      line: 8,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    // a ServiceAccount removed
    { code: '', path: 'k8s/sa.yaml', base: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ci\n' },
    // a namespace added
    { code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: preview\n', path: 'k8s/ns.yaml' },
  ],
};

ruleTester('iac/removed-namespace', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/removed-namespace', cases.invalid)).toMatchInlineSnapshot(`
    "k8s/namespaces/billing.yaml:2:1 iac/removed-namespace
    2 | kind: Namespace
      | ^^^^^^^^^^^^^^^ Namespace billing is removed from the manifests: a pruning deploy deletes it with every object in it, volume claims and their data included (base side)

    deploy/ns.yaml:8:1 iac/removed-namespace
    8 | kind: Namespace
      | ^^^^^^^^^^^^^^^ Namespace data is removed from the manifests: a pruning deploy deletes it with every object in it, volume claims and their data included (base side)"
  `);
});
