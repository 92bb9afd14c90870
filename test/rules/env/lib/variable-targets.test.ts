import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../../helpers/change-set.js';

const envFindings = async (path: string, base: string | undefined, head: string) => {
  const d = await check(changeSetOf([changedFile(path, base, head)]), defaultPolicy());
  const env = d.findings.filter((f) => f.ruleId.startsWith('env/'));
  return { ids: env.map((f) => `${f.ruleId}:${f.line}`).sort(), verdict: d.verdict };
};

describe('production targets set by variables', () => {
  it('reads exported environment variables and secret-store reads in a new script, which then blocks', async () => {
    const script = [
      '#!/usr/bin/env bash', // 1
      'set -euo pipefail', // 2
      'export RAILS_ENV=production', // 3
      'export DATABASE_URL="$(aws ssm get-parameter --name /acme/prod/DATABASE_URL --query Parameter.Value)"', // 4
      "bin/rails runner 'User.find_each(&:touch)'", // 5
    ].join('\n');
    const { ids, verdict } = await envFindings('script/backfill.sh', undefined, script + '\n');
    expect(ids).toEqual([
      'env/new-production-target:3',
      'env/new-production-target:4',
      'env/production-target:3',
      'env/production-target:4',
    ]);
    expect(verdict).toBe('block');
  });

  it('leaves a new script aimed at staging alone', async () => {
    const script =
      '#!/bin/sh\nexport RAILS_ENV=staging\nCTX="${CTX:-staging-eu1}"\nkubectl --context "$CTX" get pods\n';
    const { ids, verdict } = await envFindings('script/check.sh', undefined, script);
    expect(ids).toEqual([]);
    expect(verdict).toBe('allow');
  });

  it('reports a ${X:-default} fallback that a --context option reads, where it is written', async () => {
    const script = ['#!/bin/sh', 'CTX="${CTX:-prod-eu1}"', '', 'k() { kubectl --context "$CTX" "$@"; }', 'k get pods'];
    const { ids } = await envFindings('ops/helpers.sh', 'echo hi\n', script.join('\n') + '\n');
    // The default is what runs, so the command itself (the function body and its call) points there too.
    expect(ids).toEqual([
      'env/new-production-target:2',
      'env/new-production-target:4',
      'env/new-production-target:4',
      'env/new-production-target:5',
      'env/production-target:2',
      'env/production-target:4',
      'env/production-target:4',
      'env/production-target:5',
    ]);
  });

  it('reports a variable whose name says production where a command expands it', async () => {
    const makefile = [
      'db-drop:',
      '\t$(PSQL) "$$PROD_DATABASE_URL" -c \'SELECT 1\'',
      'check:',
      '\t[ -n "$$PROD_DATABASE_URL" ]',
    ];
    const { ids } = await envFindings('ops/db.mk', undefined, ['PSQL ?= psql', ...makefile].join('\n') + '\n');
    expect(ids).toEqual(['env/production-target:3']);
  });

  it('reads a workflow secret whose name says production, and pairs it with the flush it feeds', async () => {
    const workflow = [
      'name: Cache bust', // 1
      'on: push', // 2
      'jobs:', // 3
      '  bust:', // 4
      '    runs-on: ubuntu-latest', // 5
      '    steps:', // 6
      '      - run: redis-cli -u "${{ secrets.PROD_REDIS_URL }}" FLUSHALL', // 7
      '      - run: redis-cli -u "${{ secrets.STAGING_REDIS_URL }}" FLUSHALL', // 8
    ].join('\n');
    const d = await check(
      changeSetOf([changedFile('.github/workflows/bust.yml', undefined, workflow + '\n')]),
      defaultPolicy(),
    );
    const production = d.findings.filter((f) => f.kind === 'production').map((f) => `${f.line}:${f.blocking}`);
    expect(production).toEqual(['7:true']);
  });

  it('reports a Makefile default kube context switched to a production GKE cluster, at its line', async () => {
    const recipe = '\n.PHONY: apply\napply:\n\tkubectl --context $(KUBE_CONTEXT) apply -k overlays\n';
    const { ids } = await envFindings(
      'deploy/Makefile',
      'KUBE_CONTEXT ?= kind-acme-dev' + recipe,
      'KUBE_CONTEXT ?= gke_acme-prod_us-central1_main' + recipe,
    );
    // The recipe on line 5 did not change: only the assignment says the change points it at production.
    expect(ids).toEqual(['env/new-production-target:1', 'env/production-target:1']);
  });
});
