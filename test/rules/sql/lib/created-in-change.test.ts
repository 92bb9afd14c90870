import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import type { ChangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changedFile, changeSetOf } from '../../../helpers/change-set.js';

async function decide(files: ChangedFile[]) {
  return check(changeSetOf(files), defaultPolicy());
}

const CREATE = 'CREATE TABLE import_rows (\n  id bigserial PRIMARY KEY,\n  payload jsonb NOT NULL\n);\n';
const DROP = 'CREATE TABLE import_batches (id uuid PRIMARY KEY);\nDROP TABLE import_rows;\n';

describe('a SQL drop of what an earlier migration of the same change creates', () => {
  it('is routine for a table (Flyway), with the creating file as the reason', async () => {
    const d = await decide([
      addedFile('db/migration/V71__create_import_rows.sql', CREATE),
      addedFile('db/migration/V72__import_batches.sql', DROP),
    ]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'sql/drop-table')!;
    expect(f.line).toBe(2);
    expect(f.downgradedBecause).toContain(
      'import_rows is created by db/migration/V71__create_import_rows.sql, an earlier migration this change adds',
    );
  });

  it('is routine for a column added by an earlier Prisma migration folder', async () => {
    const d = await decide([
      addedFile(
        'prisma/migrations/20261205100000_invites/migration.sql',
        'ALTER TABLE "Team" ADD COLUMN "inviteCode" TEXT;\n',
      ),
      addedFile(
        'prisma/migrations/20261205113000_expiry/migration.sql',
        '-- AlterTable\nALTER TABLE "Team" DROP COLUMN "inviteCode";\n',
      ),
    ]);
    expect(d.verdict).toBe('allow');
    expect(d.findings.find((x) => x.ruleId === 'sql/drop-column')?.line).toBe(2);
  });

  it('orders versions by number: V10 runs after V9, so it cannot make V9 drop scratch', async () => {
    const d = await decide([
      addedFile('db/migration/V10__create_import_rows.sql', CREATE),
      addedFile('db/migration/V9__import_batches.sql', DROP),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'sql/drop-table')?.line).toBe(2);
  });

  it('still blocks when the creating migration is already on the base branch', async () => {
    const d = await decide([
      changedFile('db/migration/V71__create_import_rows.sql', CREATE, CREATE + '-- rows of one import\n'),
      addedFile('db/migration/V72__import_batches.sql', DROP),
    ]);
    expect(d.verdict).toBe('block');
  });

  it('still blocks a creation with IF NOT EXISTS, which succeeds on a table that holds data', async () => {
    const d = await decide([
      addedFile('db/migration/V71__create_import_rows.sql', CREATE.replace('TABLE', 'TABLE IF NOT EXISTS')),
      addedFile('db/migration/V72__import_batches.sql', DROP),
    ]);
    expect(d.verdict).toBe('block');
  });

  it('still blocks when the creation is in another migration folder', async () => {
    const d = await decide([
      addedFile('services/billing/db/V71__create_import_rows.sql', CREATE),
      addedFile('db/migration/V72__import_batches.sql', DROP),
    ]);
    expect(d.verdict).toBe('block');
  });

  it('does not count a down migration as a creation', async () => {
    const d = await decide([
      addedFile('migrations/000041_rows.down.sql', CREATE),
      addedFile('migrations/000042_batches.up.sql', DROP),
    ]);
    expect(d.verdict).toBe('block');
  });
});
