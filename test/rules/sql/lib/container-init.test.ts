import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const INIT =
  "CREATE USER app WITH PASSWORD 'app';\nDROP DATABASE IF EXISTS app_dev;\nCREATE DATABASE app_dev OWNER app;\n";

async function decide(path: string, text: string) {
  return check(changeSetOf([addedFile(path, text)]), defaultPolicy());
}

describe('SQL a database container runs once, on an empty data directory', () => {
  it('reports a drop in docker-entrypoint-initdb.d/ without blocking, with the reason', async () => {
    const d = await decide('docker/postgres/docker-entrypoint-initdb.d/01-init.sql', INIT);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'sql/drop-database')!;
    expect(f.line).toBe(2);
    expect(f.downgradedBecause).toBe(
      'an initialisation script of a database container (docker-entrypoint-initdb.d/): it runs once, on an empty data directory',
    );
  });

  it('blocks the same script anywhere else', async () => {
    for (const path of ['docker/postgres/init.sql', 'db/initdb/01-init.sql']) {
      const d = await decide(path, INIT);
      expect(d.verdict, path).toBe('block');
      expect(d.findings.find((x) => x.blocking)?.line, path).toBe(2);
    }
  });
});

describe('a database named as a test one', () => {
  it('is reported without blocking in a SQL file and in a string of code', async () => {
    const sql = await decide(
      'scripts/recreate-test-db.sql',
      'DROP DATABASE IF EXISTS shop_test;\nCREATE DATABASE shop_test;\n',
    );
    expect(sql.verdict).toBe('allow');
    expect(sql.findings[0]?.downgradedBecause).toBe('a test database (shop_test)');
    const code = await decide('tools/recreate.rb', 'SQL = "DROP DATABASE IF EXISTS shop_test;"\nputs SQL\n');
    expect(code.verdict).toBe('allow');
    expect(code.findings.find((x) => x.line === 1)?.downgradedBecause).toBe('a test database (shop_test)');
  });

  it('still blocks a database that is not', async () => {
    const d = await decide('scripts/recreate.sql', 'DROP DATABASE IF EXISTS shop;\nCREATE DATABASE shop;\n');
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.blocking)?.line).toBe(1);
  });
});

describe('a Supabase seed file, which the CLI runs on local resets and preview branches only', () => {
  const SEED = '-- local data\ntruncate table public.projects restart identity cascade;\n';

  it('reports its truncate without blocking, with the reason', async () => {
    for (const path of ['supabase/seed.sql', 'supabase/seeds/01-projects.sql']) {
      const d = await decide(path, SEED);
      expect(d.verdict, path).toBe('allow');
      const f = d.findings.find((x) => x.ruleId === 'sql/truncate')!;
      expect(f.line, path).toBe(2);
      expect(f.downgradedBecause, path).toContain('a Supabase seed file');
    }
  });

  it('blocks the same statement in a Supabase migration, which db push runs against the linked project', async () => {
    const d = await decide('supabase/migrations/20261205140000_reset.sql', SEED);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.blocking)?.line).toBe(2);
  });
});
