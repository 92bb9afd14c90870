import { beforeAll, describe, expect, it } from 'vitest';
import { loadPostgresParser } from '../../../src/parsers/sql/pg-parser.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { checkSql } from '../../../src/rules/sql/lib/checker.js';

beforeAll(() => loadPostgresParser());

/** A small seeded generator (mulberry32): the same files on every run, and a failing seed reproduces. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

const TABLES = ['users', 'orders', 'prod.users', '"production".events', 'staging.jobs', 'audit_log', 'newt'];
const ROUTINES = ['purge', 'tidy', '"Purge"'];

/** Statements an attacker or an ordinary migration writes; `{t}` a table, `{f}` a routine name. */
const STATEMENTS = [
  'CREATE TABLE {t} (id bigint PRIMARY KEY, note text)',
  'CREATE TEMP TABLE {t} (id int)',
  'CREATE UNLOGGED TABLE IF NOT EXISTS {t} (id int, amount numeric(10,2))',
  'CREATE TABLE {t} AS SELECT 1 AS id',
  'CREATE FOREIGN TABLE {t} (id int) SERVER s',
  'SELECT 1 INTO {t}',
  'SELECT * INTO TEMP {t} FROM orders',
  'DROP TABLE {t}',
  'DROP TABLE IF EXISTS {t} CASCADE',
  'drop/* hidden */table {t}',
  'DROP -- a comment\n  TABLE {t}',
  'DROP SCHEMA prod CASCADE',
  'DROP DATABASE prod_db',
  'TRUNCATE {t}',
  'DELETE FROM {t}',
  'DELETE FROM {t} WHERE id = 1',
  'DELETE FROM {t} WHERE 1 = 1',
  'UPDATE {t} SET note = NULL',
  'UPDATE {t} SET note = NULL WHERE id < 10',
  'ALTER TABLE {t} DROP COLUMN note',
  'ALTER TABLE {t} ALTER COLUMN note TYPE varchar(10)',
  'ALTER TABLE {t} RENAME TO {t}_old',
  'ALTER TABLE {t} RENAME COLUMN note TO remark',
  'ALTER TABLE {t} DETACH PARTITION {t}_2020',
  'WITH gone AS (DELETE FROM {t} RETURNING *) SELECT count(*) FROM gone',
  "INSERT INTO {t} VALUES (1, 'DROP TABLE users')",
  'INSERT INTO {t} SELECT {f}()',
  'INSERT INTO {t} (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET note = excluded.note',
  "INSERT INTO {t} VALUES (1, E'it\\'s')",
  "SELECT E'\\''; DROP TABLE {t}; --'",
  'SELECT {f}()',
  'SELECT public.{f}(1)',
  'SELECT {f} (/* spaced */)',
  'SELECT * FROM {t}',
  'SELECT * FROM {t} JOIN prod.orders o ON o.id = {t}.id',
  'CALL {f}()',
  'CREATE FUNCTION {f}() RETURNS void LANGUAGE sql AS $$ DELETE FROM users $$',
  "CREATE OR REPLACE FUNCTION {f}() RETURNS void LANGUAGE plpgsql AS $body$ BEGIN EXECUTE 'DROP TABLE ' || quote_ident('x'); END $body$",
  "CREATE FUNCTION {f}() RETURNS int LANGUAGE sql AS 'SELECT 1'",
  "CREATE FUNCTION {f}() RETURNS void LANGUAGE sql AS 'TRUNCATE orders'",
  'CREATE FUNCTION {f}() RETURNS void LANGUAGE sql BEGIN ATOMIC DELETE FROM users; END',
  'CREATE PROCEDURE {f}() LANGUAGE plpgsql AS $$ BEGIN UPDATE users SET note = 1; END $$',
  'CREATE FUNCTION {f}() RETURNS void LANGUAGE sql AS $$ ＤＥＬＥＴＥ FROM users $$',
  'CREATE FUNCTION {f}() RETURNS void LANGUAGE sql AS $$ SELECT tidy() $$',
  'CREATE FUNCTION {f}() RETURNS timestamptz LANGUAGE sql AS $$ SELECT updated_at FROM last_update_log $$',
  "CREATE PROCEDURE {f}() LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'TRUNCATE ' || 'x'; END $$",
  'ALTER TABLE {t} OWNER TO app',
  "DO $$ BEGIN EXECUTE 'DROP TABLE x'; END $$",
  'DO $$ BEGIN PERFORM 1; END $$',
  "EXEC('DR' || 'OP TABLE users')",
  "SELECT 'DR' || 'OP TABLE users'",
  "EXECUTE IMMEDIATE 'TRUNCATE users'",
  'PREPARE p AS DELETE FROM users',
  'REASSIGN OWNED BY app TO admin',
  'DROP OWNED BY app',
  'MERGE INTO {t} t USING s ON t.id = s.id WHEN MATCHED THEN DELETE',
  'ＤＲＯＰ TABLE {t}',
  'DR\u200bOP TABLE {t}',
  'DRОP TABLE {t}',
  'SELEC oops',
  'GRANT SELECT ON {t} TO app',
  "COMMENT ON TABLE {t} IS 'drop me later'",
  'CREATE INDEX ON {t} (id)',
  'SET search_path = prod',
  'SELECT U&"d\\0061ta".x FROM {t}',
  '/* /* nested */ DROP TABLE {t} */ SELECT 1',
  'SELECT $$ ; DROP TABLE x; $$',
  'SELECT $a$ $b$ ; $a$',
];

const SEPARATORS = [';\n', ';', ' ;\n\n', ';\n-- next\n', ';/* c */\n'];

function generate(seed: number): string {
  const { next, pick } = random(seed);
  const count = 1 + Math.floor(next() * 7);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    let statement = pick(STATEMENTS).replaceAll('{t}', pick(TABLES)).replaceAll('{f}', pick(ROUTINES));
    if (next() < 0.2) statement = statement.toLowerCase();
    if (next() < 0.1) statement = `/* ${pick(['DROP TABLE x', 'note', 'é'])} */ ${statement}`;
    parts.push(statement + pick(SEPARATORS));
  }
  return parts.join('');
}

function findings(text: string, parseEverything: boolean): string[] {
  const { findings: found } = checkSql('db/migrate/x.sql', text, defaultPolicy(), 'postgres', { parseEverything });
  return found
    .map((f) => `${f.ruleId}@${f.span.start}-${f.span.end}${f.downgradedBecause ? ` (${f.downgradedBecause})` : ''}`)
    .sort();
}

describe('the SQL prefilter', () => {
  it('never drops a finding of the full parse, over generated migrations', () => {
    let skipped = 0;
    let flagged = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const text = generate(seed);
      const full = findings(text, true);
      const filtered = findings(text, false);
      const missing = full.filter((f) => !filtered.includes(f));
      expect(missing, `seed ${seed}:\n${text}`).toEqual([]);
      flagged += full.length;
      const { analysis } = checkSql('db/migrate/x.sql', text, defaultPolicy(), 'postgres');
      skipped += analysis.statements.filter((s) => s.reader === 'skipped').length;
    }
    // Not vacuous: the full parse flags plenty, and the prefilter really keeps statements from the parser.
    expect(flagged).toBeGreaterThan(500);
    expect(skipped).toBeGreaterThan(300);
  });

  it('parses a statement that calls a routine the file defines with destructive work, wherever the definition is', () => {
    const call = 'SELECT purge();\n';
    const define = 'CREATE FUNCTION purge() RETURNS void LANGUAGE sql AS $$ DELETE FROM users $$;\n';
    for (const text of [call + define, define + call]) {
      expect(findings(text, false)).toEqual(findings(text, true));
      expect(findings(text, false).filter((f) => f.startsWith('sql/delete-without-where'))).toHaveLength(2);
    }
  });

  it('counts a skipped routine definition, so what a run routine calls still runs', () => {
    // outer_job() does nothing the rules read and is not parsed; it calls helper(), whose dynamic
    // SQL is then run by `SELECT outer_job()`, not merely defined.
    const text = [
      "CREATE FUNCTION helper() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'DROP TABLE ' || 'x'; END $$;",
      'CREATE FUNCTION outer_job() RETURNS void LANGUAGE sql AS $$ SELECT helper() $$;',
      'SELECT outer_job();',
    ].join('\n');
    const { analysis } = checkSql('db/migrate/x.sql', text, defaultPolicy(), 'postgres');
    expect(analysis.statements.map((s) => s.reader)).toEqual(['postgres', 'skipped', 'skipped']);
    expect(findings(text, false)).toEqual(findings(text, true));
    expect(findings(text, false).filter((f) => f.startsWith('sql/dynamic-sql'))).toHaveLength(1);
    expect(findings(text, false).some((f) => f.includes('does not run'))).toBe(false);
  });

  it('parses a routine for a trigger word in its body, not for a name that contains one', () => {
    const readers = (text: string) =>
      checkSql('db/migrate/x.sql', text, defaultPolicy(), 'postgres').analysis.statements.map((s) => s.reader);
    expect(readers('CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT updated_at FROM last_update $$')).toEqual(
      ['skipped'],
    );
    expect(readers('CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ UPDATE t SET a = 1 $$')).toEqual(['postgres']);
    expect(readers("CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'DR\u200bOP TABLE t'")).toEqual(['postgres']);
  });
});
