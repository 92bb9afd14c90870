import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Bitnami redis: master persistence switched off where it was on
    {
      code: 'architecture: replication\nmaster:\n  persistence:\n    enabled: false\n',
      base: 'architecture: replication\nmaster:\n  persistence:\n    enabled: true\n    size: 20Gi\n',
      path: 'deploy/redis/values-production.yaml',
      line: 4,
      messageId: 'disabled',
    },
    // unset before (the chart default is on) for a database sub-chart of an umbrella chart
    {
      code: 'postgresql:\n  enabled: true\n  primary:\n    persistence:\n      enabled: false\n',
      base: 'postgresql:\n  enabled: true\n  primary:\n    resources: {}\n',
      path: 'charts/platform/values.yaml',
      line: 5,
      messageId: 'disabled',
    },
    // inline values of a Flux HelmRelease
    {
      code: 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: mongodb\nspec:\n  values:\n    persistence:\n      enabled: false\n',
      base: 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: mongodb\nspec:\n  values:\n    replicaCount: 3\n',
      path: 'clusters/prod/mongodb.yaml',
      line: 8,
      messageId: 'disabled',
    },
  ],
  valid: [
    // a new values file: nothing to lose
    { code: 'master:\n  persistence:\n    enabled: false\n', path: 'deploy/redis-cache/values.yaml' },
    // already off in the base
    {
      code: 'master:\n  persistence:\n    enabled: false\n    size: 8Gi\n',
      base: 'master:\n  persistence:\n    enabled: false\n',
      path: 'deploy/redis/values.yaml',
    },
    // unset before on a component that says nothing about data (a web app chart defaults it off)
    {
      code: 'web:\n  persistence:\n    enabled: false\n',
      base: 'web:\n  replicas: 2\n',
      path: 'deploy/site/values.yaml',
    },
  ],
};

ruleTester('iac/helm-persistence-disabled', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/helm-persistence-disabled', cases.invalid)).toMatchInlineSnapshot(`
    "deploy/redis/values-production.yaml:4:5 iac/helm-persistence-disabled
    4 |     enabled: false
      |     ^^^^^^^^^^^^^^ deploy/redis/values-production.yaml: master.persistence.enabled is now false (was true); the next upgrade runs master on an emptyDir, without the volume that holds its data

    charts/platform/values.yaml:5:7 iac/helm-persistence-disabled
    5 |       enabled: false
      |       ^^^^^^^^^^^^^^ charts/platform/values.yaml: postgresql.primary.persistence.enabled is now false (was unset, on by default); the next upgrade runs postgresql.primary on an emptyDir, without the volume that holds its data

    clusters/prod/mongodb.yaml:8:7 iac/helm-persistence-disabled
    8 |       enabled: false
      |       ^^^^^^^^^^^^^^ HelmRelease mongodb: persistence.enabled is now false (was unset, on by default); the next upgrade runs the chart on an emptyDir, without the volume that holds its data"
  `);
});
