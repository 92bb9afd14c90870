import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const flux = (prune: string) =>
  `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: databases\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./clusters/prod/databases\n  prune: ${prune}\n  sourceRef:\n    kind: GitRepository\n    name: platform\n`;
const argo = (automated: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: billing\nspec:\n  source:\n    repoURL: https://charts.bitnami.com/bitnami\n    chart: postgresql\n    targetRevision: 15.5.0\n  destination:\n    namespace: billing\n  syncPolicy:\n${automated}`;

const cases: RuleCases = {
  invalid: [
    // Flux: prune switched on for the databases path
    { code: flux('true'), base: flux('false'), path: 'clusters/prod/databases.yaml', line: 9, messageId: 'flux' },
    // Argo CD: a Bitnami PostgreSQL chart gains automated prune
    {
      code: argo('    automated:\n      prune: true\n      selfHeal: true\n'),
      base: argo('    automated:\n      selfHeal: true\n'),
      path: 'argocd/billing.yaml',
      line: 14,
      messageId: 'argo',
    },
  ],
  valid: [
    // a new Application: it prunes only what it creates
    { code: argo('    automated:\n      prune: true\n'), path: 'argocd/billing.yaml' },
    // prune was already on
    { code: flux('true') + '  wait: true\n', base: flux('true'), path: 'clusters/prod/databases.yaml' },
  ],
};

ruleTester('iac/gitops-prune-enabled', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/gitops-prune-enabled', cases.invalid)).toMatchInlineSnapshot(`
    "clusters/prod/databases.yaml:9:3 iac/gitops-prune-enabled
    9 |   prune: true
      |   ^^^^^^^^^^^ Flux Kustomization databases (./clusters/prod/databases): prune is turned on; the next reconcile deletes every object it manages that is missing from the source, volume claims and databases included

    argocd/billing.yaml:14:7 iac/gitops-prune-enabled
    14 |       prune: true
       |       ^^^^^^^^^^^ Argo CD Application billing (billing, postgresql, https://charts.bitnami.com/bitnami): automated prune is turned on; the next sync deletes every object it manages that is missing from the source, volume claims and databases included"
  `);
});
