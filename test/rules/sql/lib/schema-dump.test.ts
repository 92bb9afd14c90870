import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const PREAMBLE = [
  'SET statement_timeout = 0;', // 1
  "SET client_encoding = 'UTF8';", // 2
  '', // 3
  'ALTER TABLE IF EXISTS ONLY public.orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;', // 4
  'DROP TABLE IF EXISTS public.users;', // 5
  'DROP TABLE IF EXISTS public.orders;', // 6
  '', // 7
  'CREATE TABLE public.orders (id bigint NOT NULL, user_id bigint NOT NULL);', // 8
].join('\n');
const USERS = '\nCREATE TABLE public.users (id bigint NOT NULL, email character varying NOT NULL);\n'; // 9

async function decide(path: string, text: string) {
  return check(changeSetOf([addedFile(path, text)]), defaultPolicy());
}

describe('the clean preamble of a schema dump', () => {
  it('reports the DROPs of tables the dump creates again, without blocking', async () => {
    const d = await decide('db/structure.sql', PREAMBLE + USERS);
    expect(d.verdict).toBe('allow');
    const drops = d.findings.filter((f) => f.ruleId === 'sql/drop-table');
    expect(drops.map((f) => [f.line, f.blocking])).toEqual([
      [5, false],
      [6, false],
    ]);
    expect(drops[0]!.downgradedBecause).toBe(
      'clean preamble of a schema dump: the file creates public.users again (line 9); a dump pictures the schema, it is not a migration',
    );
  });

  it("knows a dump by pg_dump's header wherever it sits outside a migrations folder", async () => {
    const d = await decide('sql/schema.sql', '--\n-- PostgreSQL database dump\n--\n\n' + PREAMBLE + USERS);
    expect(d.verdict).toBe('allow');
  });

  it('blocks a table the dump drops and does not create again', async () => {
    const d = await decide('db/structure.sql', PREAMBLE);
    expect(d.verdict).toBe('block');
    expect(d.findings.filter((f) => f.blocking).map((f) => f.line)).toEqual([5]);
  });

  it('blocks the same text in a migrations folder, or a migration that drops and recreates', async () => {
    const inMigrations = await decide(
      'db/migrations/V9__structure.sql',
      '-- PostgreSQL database dump\n' + PREAMBLE + USERS,
    );
    expect(inMigrations.verdict).toBe('block');
    expect(inMigrations.findings.filter((f) => f.blocking).map((f) => f.line)).toEqual([6, 7]);
    const migration = await decide('db/V9__rebuild.sql', 'DROP TABLE users;\nCREATE TABLE users (id bigint);\n');
    expect(migration.verdict).toBe('block');
    expect(migration.findings.find((f) => f.blocking)?.line).toBe(1);
  });
});
