import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { referencedPaths } from '../../../../src/engine/referenced-files.js';
import { referencedMatcher } from '../../../../src/engine/neighbour-files.js';
import type { ChangedFile, UnchangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const lines = (...l: string[]) => l.join('\n') + '\n';
const brief = async (files: ChangedFile[], neighbours: UnchangedFile[] = []) =>
  (await check(changeSetOf(files, { neighbours }), defaultPolicy())).findings
    .filter((f) => f.blocking)
    .map((f) => `${f.ruleId}@${f.path}:${f.line}`)
    .sort();

describe('Makefiles: includes, macros, $(shell) and targets', () => {
  const dbMk: UnchangedFile = {
    path: 'mk/db.mk',
    text: lines(
      'DB_URL ?= postgres://ops@pg.prod.internal/app',
      'DROP_SQL := DROP SCHEMA app CASCADE',
      'db-reset:',
      '\tpsql $(DB_URL) -c "$(DROP_SQL)"',
    ),
  };

  it('expands variables from an include through $(wildcard ...)', async () => {
    const makefile = lines('include $(wildcard mk/*.mk)', 'wipe:', '\tpsql $(DB_URL) -c "$(DROP_SQL)"');
    expect(await brief([addedFile('Makefile', makefile)], [dbMk])).toContain('sql/drop-schema@Makefile:3');
  });

  it('reports a prerequisite defined in an included file at the rule line', async () => {
    const makefile = lines('include mk/db.mk', 'deploy: build db-reset', '\t./deploy.sh');
    expect(await brief([addedFile('Makefile', makefile)], [dbMk])).toContain('sql/drop-schema@Makefile:2');
  });

  it('reports $(MAKE) target at the recipe line', async () => {
    const makefile = lines('-include mk/db.mk', 'fresh:', '\t$(MAKE) db-reset');
    expect(await brief([addedFile('Makefile', makefile)], [dbMk])).toContain('sql/drop-schema@Makefile:3');
  });

  it('expands define/$(call) with its arguments', async () => {
    const makefile = lines(
      'define wipe',
      'redis-cli -h $(1) FLUSHALL',
      'endef',
      'reset:',
      '\t$(call wipe,cache.prod.internal)',
    );
    expect(await brief([addedFile('Makefile', makefile)])).toEqual(['shell/datastore-wipe@Makefile:5']);
  });

  it('reads $(shell ...) in an assignment at its line, and leaves a harmless one alone', async () => {
    const makefile = lines(
      'SHA := $(shell git rev-parse HEAD)',
      'X := $(shell redis-cli -h cache.prod.internal FLUSHDB)',
    );
    expect(await brief([addedFile('Makefile', makefile)])).toEqual(['shell/datastore-wipe@Makefile:2']);
  });

  it('reads a .mk file with the variables of the Makefile that includes it', async () => {
    const root: UnchangedFile = {
      path: 'Makefile',
      text: lines('DB_CMD := dropdb -h db.prod.internal', 'include mk/*.mk'),
    };
    const mk = lines('reset:', '\t$(DB_CMD) ledger');
    expect(await brief([addedFile('mk/reset.mk', mk)], [root])).toEqual(['shell/drop-database-command@mk/reset.mk:2']);
  });

  it('follows make target from a workflow step into the Makefile and its includes', async () => {
    const root: UnchangedFile = { path: 'Makefile', text: lines('include mk/db.mk', 'test:', '\tgo test ./...') };
    const workflow = lines(
      'on: push',
      'jobs:',
      '  j:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: make test db-reset',
    );
    expect(await brief([addedFile('.github/workflows/x.yml', workflow)], [root, dbMk])).toContain(
      'sql/drop-schema@.github/workflows/x.yml:6',
    );
  });

  it('asks for the Makefiles and globbed includes it needs', () => {
    const globbed = referencedPaths([{ path: 'Makefile', headText: 'include $(wildcard mk/*.mk)\n' }]);
    expect(globbed).toContain('mk/*.mk');
    expect(referencedMatcher(globbed)('mk/db.mk')).toBe(true);
    expect(referencedMatcher(globbed)('mk/sub/db.mk')).toBe(false);
    expect(referencedPaths([{ path: 'ci/run.sh', headText: '#!/bin/sh\nmake deploy\n' }])).toContain('Makefile');
  });
});

describe('sourced files read as shell', () => {
  it('reads an extensionless file a script sources, and judges its top-level commands', async () => {
    const deploy: UnchangedFile = { path: 'ops/deploy.sh', text: lines('#!/bin/sh', '. ./ops/common', 'run_deploy') };
    const common = lines('log() { echo "$*"; }', 'redis-cli -h cache.prod.internal FLUSHALL');
    expect(await brief([addedFile('ops/common', common)], [deploy])).toEqual(['shell/datastore-wipe@ops/common:2']);
  });

  it('finds the file by the end of an absolute path in the image', async () => {
    const entry: UnchangedFile = {
      path: 'docker/entrypoint.sh',
      text: lines('#!/bin/sh', '. /srv/app/docker/boot.rc', 'exec "$@"'),
    };
    const boot = lines('dropdb -h db.prod.internal app');
    expect(await brief([addedFile('docker/boot.rc', boot)], [entry])).toEqual([
      'shell/drop-database-command@docker/boot.rc:1',
    ]);
  });

  it('does not read a file nobody sources as shell', async () => {
    const notes = lines('dropdb is how we used to reset, see the runbook');
    expect((await brief([addedFile('ops/NOTES', notes)])).filter((f) => f.startsWith('shell/'))).toEqual([]);
  });

  it('asks for the scripts beside a file whose name says nothing', () => {
    expect(referencedPaths([{ path: 'docker/boot.rc', headText: 'x=1\n' }])).toContain('docker/*.sh');
  });
});
