import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import type { ChangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changedFile, changeSetOf, modifiedFile } from '../../../helpers/change-set.js';

const run = (files: ChangedFile[]) => check(changeSetOf(files), defaultPolicy());
const brief = (d: Awaited<ReturnType<typeof run>>) =>
  d.findings.map((f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`);

const packageJson = (scripts: Record<string, string>) =>
  JSON.stringify({ name: 'acme-web', private: true, scripts }, null, 2) + '\n';

describe('shell rules through the engine', () => {
  const before = packageJson({ dev: 'next dev', 'db:start': 'supabase start' });

  it('blocks a package.json script that resets the linked Supabase project, at its line', async () => {
    const after = packageJson({
      dev: 'next dev',
      'db:start': 'supabase start',
      'db:reset': 'supabase db reset --linked',
    });
    const d = await run([modifiedFile('package.json', before, after, [[6, 7]])]);
    expect(d.verdict).toBe('block');
    expect(brief(d)).toEqual(['shell/supabase-db-reset@package.json:7 blocking']);
    expect(d.findings[0]).toMatchObject({
      kind: 'destructive',
      column: 18,
      snippet: '"db:reset": "supabase db reset --linked"',
      message:
        'supabase db reset --linked drops every table of the linked hosted project and recreates it from migrations',
    });
  });

  it('allows a script that only resets the local stack', async () => {
    const after = packageJson({ dev: 'next dev', 'db:start': 'supabase start', 'db:reset': 'supabase db reset' });
    const d = await run([modifiedFile('package.json', before, after, [[6, 7]])]);
    expect(d.verdict).toBe('allow');
    expect(d.findings).toEqual([]);
  });

  it('reads a whole package.json with its other scripts around the reset', async () => {
    const linked = [
      '{',
      '  "name": "shop-web",',
      '  "private": true,',
      '  "scripts": {',
      '    "dev": "vite",',
      '    "db:start": "supabase start",',
      '    "db:types": "supabase gen types typescript --local > src/db.types.ts",',
      '    "db:push": "supabase db push",',
      '    "db:reset": "supabase db reset --linked"',
      '  }',
      '}',
      '',
    ].join('\n');
    const local = linked.replace('supabase db reset --linked', 'supabase db reset');
    expect(brief(await run([addedFile('package.json', linked)]))).toEqual([
      'shell/supabase-db-reset@package.json:9 blocking',
    ]);
    expect(brief(await run([addedFile('package.json', local)]))).toEqual([]);
  });

  it('reports only commands on changed lines', async () => {
    const base = '#!/bin/sh\ndropdb old_app\n';
    const head = '#!/bin/sh\ndropdb old_app\nrails db:drop\n';
    const d = await run([modifiedFile('bin/reset', base, head, [[3, 3]])]);
    expect(brief(d)).toEqual(['shell/drop-database-command@bin/reset:3 blocking']);
    expect(d.findings[0]!.message).toBe("rails db:drop drops the application's database and every table in it");
  });

  it('finds commands in files by extension or shebang, and not in other files', async () => {
    const files = [
      addedFile('ops/nuke.bash', 'dropdb app\n'),
      addedFile('bin/nuke', '#!/usr/bin/env -S bash -e\ndropdb app\n'),
      addedFile('ops/nuke.py', 'dropdb app\n'),
      addedFile('bin/notes', 'dropdb app\n'),
      addedFile('ops/node', '#!/usr/bin/env node\ndropdb app\n'),
    ];
    // An extensionless file in bin/ with no shebang is no shell script, but the universal layer
    // still reads its lines: a command there is reported as in an unrecognised context.
    expect(brief(await run(files)).sort()).toEqual([
      'shell/drop-database-command@bin/nuke:2 blocking',
      'shell/drop-database-command@ops/nuke.bash:1 blocking',
      'universal/unrecognised-command@bin/notes:1 blocking',
    ]);
  });

  it('points inside bash -c strings and across JSON escapes', async () => {
    const text = packageJson({
      reset: 'echo "a \\"quoted\\" word" && bash -c "RAILS_ENV=production bin/rails db:reset"',
    });
    const d = await run([addedFile('package.json', text)]);
    // The env family also reports RAILS_ENV=production on the same command, which it pairs with.
    const own = d.findings.filter((f) => f.ruleId.startsWith('shell/'));
    expect(own).toHaveLength(1);
    const f = own[0]!;
    expect(f.message).toBe('rails db:reset drops the production database and every table in it');
    const line = text.split('\n')[f.line - 1]!;
    expect(line.slice(f.column - 1, f.endColumn)).toBe('RAILS_ENV=production bin/rails db:reset');
  });

  it('reads arguments decided at run time as possibly destructive', async () => {
    const d = await run([addedFile('scripts/x.sh', 'supabase db reset $RESET_FLAGS\nprisma migrate reset "$@"\n')]);
    expect(d.findings.map((f) => f.message)).toEqual([
      'supabase db reset with an argument decided at run time (…) may reset the linked project instead of the local stack',
      'prisma migrate reset with an argument decided at run time (…) may be --force',
    ]);
  });

  it('leaves commands that only reach this machine alone', async () => {
    const script = [
      'PGHOST=localhost dropdb app_dev',
      'dropdb -h127.0.0.1 app_dev',
      'dropdb --host=/var/run/postgresql app_dev',
      'mysqladmin --host=localhost -f drop shop_dev',
      'supabase db reset --linked=false',
      'supabase db reset --db-url=postgresql://postgres:postgres@localhost:54322/postgres',
      'dropdb --help',
      'PGHOST=db.prod.internal dropdb app',
    ].join('\n');
    expect(brief(await run([addedFile('scripts/x.sh', script)]))).toEqual([
      'shell/drop-database-command@scripts/x.sh:8 blocking',
    ]);
  });

  it('checks every copy of a duplicated script', async () => {
    const text = '{\n  "scripts": {\n    "reset": "prisma migrate reset --force",\n    "reset": "echo ok"\n  }\n}\n';
    expect(brief(await run([addedFile('package.json', text)]))).toEqual([
      'shell/prisma-migrate-reset@package.json:3 blocking',
    ]);
  });

  it('notes a package.json that is not JSON and a script with a syntax error, without failing', async () => {
    const d = await run([
      addedFile('package.json', '{ "scripts": { "x": "dropdb app" '),
      addedFile('scripts/x.sh', 'dropdb app\nif then fi\n'),
    ]);
    expect(brief(d)).toEqual(['shell/drop-database-command@scripts/x.sh:1 blocking']);
    expect(d.notes).toEqual([
      expect.stringMatching(/^package\.json: not valid JSON .*npm cannot run its scripts$/),
      'scripts/x.sh: shell syntax error in line 2; its commands were read as far as the parser could',
    ]);
  });

  it('honours a suppression on the base branch over the command it approved', async () => {
    const base = '#!/bin/sh\n# two-key: allow shell/drop-database-command -- staging only\ndropdb staging_app\n';
    const head = '#!/bin/sh\n# two-key: allow shell/drop-database-command -- staging only\ndropdb   staging_app\n';
    const d = await run([changedFile('scripts/x.sh', base, head)]);
    expect(d.findings).toEqual([]);
  });

  it('does not let a base suppression cover another command put under it', async () => {
    const base = '#!/bin/sh\n# two-key: allow shell/drop-database-command -- staging only\ndropdb staging_app\n';
    const head = '#!/bin/sh\n# two-key: allow shell/drop-database-command -- staging only\ndropdb app\n';
    const d = await run([changedFile('scripts/x.sh', base, head)]);
    expect(brief(d)).toEqual(['shell/drop-database-command@scripts/x.sh:3 blocking']);
    expect(d.notes).toContain(
      'scripts/x.sh:2: stale suppression of shell/drop-database-command: what it covers changed since it was approved',
    );
  });
});
