import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { referencedPaths } from '../../../../src/engine/referenced-files.js';
import type { ChangedFile, UnchangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const lines = (...l: string[]) => l.join('\n') + '\n';
const run = (files: ChangedFile[], neighbours: UnchangedFile[]) =>
  check(changeSetOf(files, { neighbours }), defaultPolicy());
const brief = async (files: ChangedFile[], neighbours: UnchangedFile[]) =>
  (await run(files, neighbours)).findings
    .map((f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`)
    .sort();

const lib: UnchangedFile = {
  path: 'scripts/lib.sh',
  text: lines(
    '#!/usr/bin/env bash',
    'log() { echo "[$(date)] $*"; }',
    '',
    'wipe_db() {',
    '  psql "$DATABASE_URL" -c "DROP SCHEMA public CASCADE"',
    '}',
  ),
};

describe('a changed script and the untouched files it sources', () => {
  it('reports a call of a destructive function defined in a sourced file at the call, naming where it is defined', async () => {
    const script = lines(
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      'source "$(dirname "$0")/lib.sh"',
      'log start',
      'wipe_db',
    );
    const decision = await run([addedFile('scripts/reset.sh', script)], [lib]);
    const found = decision.findings.filter((f) => f.path === 'scripts/reset.sh');
    expect(found.map((f) => `${f.ruleId}:${f.line}:${f.blocking}`)).toEqual(['sql/drop-schema:5:true']);
    expect(found[0]!.message).toContain('wipe_db runs it, defined in scripts/lib.sh:5');
  });

  it('allows a script that sources the same library and calls only its harmless functions', async () => {
    const script = lines('#!/usr/bin/env bash', '. ./scripts/lib.sh', 'log "deploying"', 'npm run build');
    expect(await brief([addedFile('scripts/build.sh', script)], [lib])).toEqual([]);
  });

  it('substitutes a variable set in a sourced env file', async () => {
    const env: UnchangedFile = { path: 'deploy/env.sh', text: lines('export ACTION=destroy', 'export STACK=prod') };
    const script = lines('#!/bin/sh', 'source deploy/env.sh', 'terraform "$ACTION" -auto-approve');
    const decision = await run([addedFile('deploy/run.sh', script)], [env]);
    expect(decision.findings.map((f) => `${f.ruleId}@${f.path}:${f.line}`)).toContain(
      'shell/terraform-destroy@deploy/run.sh:3',
    );
    expect(decision.findings.find((f) => f.ruleId === 'shell/terraform-destroy')!.message).toContain(
      'ACTION set in deploy/env.sh:1',
    );
  });

  it('reports what a sourced file runs at its top level at the line that sources it, not what its functions hold', async () => {
    const vars: UnchangedFile = {
      path: 'deploy/vars',
      text: lines('export STACK=prod', 'terraform destroy -auto-approve'),
    };
    const script = lines('#!/bin/sh', 'set -e', '. ./deploy/vars', 'echo done');
    const decision = await run([addedFile('scripts/teardown.sh', script)], [vars]);
    const found = decision.findings.filter((f) => f.path === 'scripts/teardown.sh');
    expect(found.map((f) => `${f.ruleId}:${f.line}:${f.blocking}`)).toEqual(['shell/terraform-destroy:3:true']);
    expect(found[0]!.message).toContain('written in deploy/vars:2');
    // lib.sh only defines wipe_db: sourcing it runs nothing.
    expect(await brief([addedFile('scripts/x.sh', lines('#!/bin/sh', '. ./scripts/lib.sh'))], [lib])).toEqual([]);
  });

  it('reads the files a Dockerfile RUN and a workflow step source, exec form and bash -c included', async () => {
    const env: UnchangedFile = { path: 'deploy/release.env', text: lines('dropdb -h db.internal.example.com shop') };
    const dockerfile = lines(
      'FROM ruby:3.3',
      'RUN . ./deploy/release.env && bundle exec rails assets:precompile',
      'RUN ["/bin/bash", "-c", "source deploy/release.env && echo ok"]',
    );
    const workflow = lines(
      'on: push',
      'jobs:',
      '  x:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: source deploy/release.env && echo ok',
    );
    expect(
      await brief([addedFile('Dockerfile', dockerfile), addedFile('.github/workflows/x.yml', workflow)], [env]),
    ).toEqual([
      'shell/drop-database-command@.github/workflows/x.yml:6 blocking',
      'shell/drop-database-command@Dockerfile:2 blocking',
      'shell/drop-database-command@Dockerfile:3 blocking',
    ]);
    expect(referencedPaths([addedFile('Dockerfile', dockerfile)])).toContain('deploy/release.env');
  });

  it('reads nothing it was not given: without the sourced file the call is an unknown command', async () => {
    const script = lines('#!/usr/bin/env bash', 'source ./lib.sh', 'wipe_db');
    expect(await brief([addedFile('scripts/reset.sh', script)], [])).toEqual([]);
  });
});

describe('the files a change pulls in', () => {
  it('lists what changed scripts source and changed Makefiles include, beside them and from the root', () => {
    const files = [
      addedFile(
        'scripts/reset.sh',
        lines('#!/bin/bash', 'source "$(dirname "$0")/lib.sh"', '[ -f .env ] && . ./env.sh'),
      ),
      addedFile('ops/Makefile', lines('include common.mk', '-include $(ENV).mk', 'all:', '\t@echo hi')),
      addedFile('app.py', 'print("source x.sh")\n'),
    ];
    expect(referencedPaths(files).sort()).toEqual([
      'common.mk',
      'env.sh',
      'ops/common.mk',
      'scripts/env.sh',
      'scripts/lib.sh',
    ]);
  });
});

describe('a changed Makefile and the untouched files it includes', () => {
  const common: UnchangedFile = {
    path: 'ops/common.mk',
    text: lines('# shared settings', 'TF_ACTION ?= destroy', 'REDIS_URL := redis://cache.internal:6379'),
  };

  it('fills a recipe variable from an included file and reports at the recipe, naming the include', async () => {
    const makefile = lines('include common.mk', '', 'teardown:', '\tterraform $(TF_ACTION) -auto-approve');
    const decision = await run([addedFile('ops/Makefile', makefile)], [common]);
    const found = decision.findings.filter((f) => f.ruleId === 'shell/terraform-destroy');
    expect(found.map((f) => `${f.path}:${f.line}`)).toEqual(['ops/Makefile:4']);
    expect(found[0]!.message).toContain('TF_ACTION set in ops/common.mk:2');
  });

  it('lets the Makefile override an included default, and allows the routine twin', async () => {
    const makefile = lines(
      'include common.mk',
      'TF_ACTION = plan',
      '',
      'plan:',
      '\tterraform $(TF_ACTION) -out=tfplan',
    );
    expect(await brief([addedFile('ops/Makefile', makefile)], [common])).toEqual([]);
  });
});

describe('redis-cli reads against production', () => {
  it('takes INFO and GET for read-only work, and not FLUSHALL', async () => {
    const url = 'redis://cache.prod.internal:6379/0';
    const info = await run([addedFile('scripts/stats.sh', `#!/bin/sh\nredis-cli -u ${url} INFO stats\n`)], []);
    expect(info.verdict).toBe('allow');
    expect(info.findings.find((f) => f.ruleId === 'env/new-production-target')?.downgradedBecause).toBe(
      'read-only work against production (redis-cli INFO only reads)',
    );
    const flush = await run([addedFile('scripts/flush.sh', `#!/bin/sh\nredis-cli -u ${url} FLUSHALL\n`)], []);
    expect(flush.verdict).toBe('block');
  });
});

describe('GitLab CI variables inherited through extends', () => {
  const ci = (env: string) =>
    lines(
      'variables:',
      '  RAILS_ENV: production',
      '',
      '.db_job:',
      '  image: ruby:3.3',
      '  variables:',
      `    RAILS_ENV: ${env}`,
      '',
      '.loader:',
      '  extends: .db_job',
      '',
      'load_schema:',
      '  extends: [.loader]',
      '  script:',
      '    - bin/rails db:schema:load',
    );

  it('decides the environment of a destructive command from the job it extends', async () => {
    const production = await run([addedFile('.gitlab-ci.yml', ci('production'))], []);
    const found = production.findings.find((f) => f.ruleId === 'shell/migration-tool-reset');
    expect(found && `${found.line} ${found.blocking}`).toBe('15 true');
    expect(found!.message).toContain('production');
    const test = await run([addedFile('.gitlab-ci.yml', ci('test'))], []);
    expect(test.findings.filter((f) => f.ruleId === 'shell/migration-tool-reset')).toEqual([]);
  });

  it('lets a job override what its template sets, and reads { value: } variables', async () => {
    const text = lines(
      '.db_job:',
      '  variables:',
      '    RAILS_ENV: test',
      'load_schema:',
      '  extends: .db_job',
      '  variables:',
      '    RAILS_ENV:',
      '      value: production',
      '      description: where to load',
      '  script:',
      '    - bin/rails db:schema:load',
    );
    const d = await run([addedFile('.gitlab-ci.yml', text)], []);
    expect(d.findings.find((f) => f.ruleId === 'shell/migration-tool-reset')?.line).toBe(11);
  });

  it('reads the template from a locally included file', async () => {
    const templates = (env: string): UnchangedFile => ({
      path: 'ci/templates.yml',
      text: lines('.rails:', '  image: ruby:3.3', '  variables:', `    RAILS_ENV: ${env}`),
    });
    const text = lines(
      'include:',
      '  - local: /ci/templates.yml',
      'reload:',
      '  extends: .rails',
      '  script:',
      '    - bin/rails db:schema:load',
    );
    expect(referencedPaths([addedFile('.gitlab-ci.yml', text)])).toEqual(['ci/templates.yml']);
    const prod = await run([addedFile('.gitlab-ci.yml', text)], [templates('production')]);
    expect(prod.findings.find((f) => f.ruleId === 'shell/migration-tool-reset')?.message).toContain('production');
    const test = await run([addedFile('.gitlab-ci.yml', text)], [templates('test')]);
    expect(test.findings.filter((f) => f.ruleId === 'shell/migration-tool-reset')).toEqual([]);
  });
});
