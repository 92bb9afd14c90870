import { beforeAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/lines.js';
import { analyseSql } from '../../../src/parsers/sql/analyse.js';
import type { SqlDialect } from '../../../src/core/sql-operations.js';
import { loadPostgresParser } from '../../../src/parsers/sql/pg-parser.js';

beforeAll(() => loadPostgresParser());

/** Each operation that does something, as `op@line:column`, the way a reviewer would check it. */
function ops(sql: string, dialect: SqlDialect = 'postgres') {
  const lines = new LineIndex(sql);
  return analyseSql(sql, dialect)
    .statements.flatMap((s) => s.operations)
    .filter((o) => !['reference', 'call', 'define-routine', 'create-table'].includes(o.op))
    .map(
      (o) =>
        `${o.op}${'objectType' in o ? ':' + o.objectType : ''}@${lines.lineOf(o.span.start)}:${lines.columnOf(o.span.start)}`,
    );
}

describe('analyseSql with the Postgres parser', () => {
  it('finds several DROP COLUMN clauses of one ALTER at their own lines', () => {
    expect(ops('ALTER TABLE users\n  DROP COLUMN fax,\n  ADD COLUMN x int,\n  DROP COLUMN pager;')).toEqual([
      'drop-column@2:3',
      'drop-column@4:3',
    ]);
  });

  it('reads DELETE inside a CTE and tells a bounded WHERE from a tautology', () => {
    const sql =
      'WITH d AS (DELETE FROM a RETURNING id) SELECT 1;\nDELETE FROM b WHERE id = 1;\nDELETE FROM c WHERE 1 = 1 OR id = 2;';
    const deletes = analyseSql(sql, 'postgres')
      .statements.flatMap((s) => s.operations)
      .filter((o) => o.op === 'delete');
    expect(deletes.map((d) => d.op === 'delete' && d.where)).toEqual(['none', 'bounded', 'tautology']);
  });

  it('reads PL/pgSQL bodies: static SQL, EXECUTE of a literal, and EXECUTE of a built string', () => {
    const sql = [
      'DO $$',
      'BEGIN',
      '  DELETE FROM sessions;',
      "  EXECUTE 'DROP TABLE audit_old';",
      "  EXECUTE 'DR' || 'OP TABLE ' || quote_ident(t);",
      'END $$;',
    ].join('\n');
    expect(ops(sql)).toEqual(['delete@3:3', 'drop:table@4:12', 'dynamic-sql@5:3', 'drop:table@5:11']);
  });

  it('reads a PL/pgSQL routine seen before (in this file or another) at its own place, as the first time', () => {
    const routine = [
      'CREATE OR REPLACE FUNCTION purge_audit() RETURNS void LANGUAGE plpgsql AS $fn$',
      'BEGIN',
      '  DELETE FROM audit_log;',
      "  EXECUTE 'DROP TABLE ' || quote_ident(current_setting('app.scratch'));",
      'END $fn$;',
    ].join('\n');
    const everything = (sql: string) =>
      analyseSql(sql, 'postgres', { parseEverything: true }).statements.flatMap((s) => s.operations);
    const once = everything(routine);
    expect(ops(routine)).toEqual(['delete@3:3', 'dynamic-sql@4:3', 'drop:table@4:11']);
    // The same text again, lower in another file: every span moves with it, nothing else changes.
    const shifted = everything(`SELECT 1;\n\n${routine}`);
    const by = 'SELECT 1;\n\n'.length;
    const moved = (op: (typeof once)[number]) =>
      op.op === 'define-routine'
        ? {
            ...op,
            span: { start: op.span.start + by, end: op.span.end + by },
            body: { start: op.body.start + by, end: op.body.end + by },
          }
        : { ...op, span: { start: op.span.start + by, end: op.span.end + by } };
    expect(shifted).toEqual(once.map(moved));
    expect(ops(`SELECT 1;\n\n${routine}`)).toEqual(['delete@5:3', 'dynamic-sql@6:3', 'drop:table@6:11']);
    // Twice in one file: both copies are reported where they are.
    expect(ops(`${routine}\n${routine}`)).toEqual([
      'delete@3:3',
      'dynamic-sql@4:3',
      'drop:table@4:11',
      'delete@8:3',
      'dynamic-sql@9:3',
      'drop:table@9:11',
    ]);
  });

  it('keeps going when the parser rejects a statement, and leaves the exit code alone', () => {
    const before = process.exitCode;
    const result = analyseSql(
      'CREATE TABLE a (id int);\nDROP TABLE b;\nUPDATE oops;\nTRUNCATE c;\nSELEC 1;',
      'postgres',
    );
    expect(process.exitCode).toBe(before);
    // The last holds nothing any rule reads: the prefilter keeps it from the parser.
    expect(result.statements.map((s) => s.reader)).toEqual([
      'postgres',
      'postgres',
      'tokenizer',
      'postgres',
      'skipped',
    ]);
    expect(result.statements[2]!.parserError).toMatch(/syntax error/);
    expect(ops('DROP TABLE b;\nSELEC oops;\nDROP  TABLE  c')).toEqual(['drop:table@1:1', 'drop:table@3:1']);
  });

  it('skips psql meta-commands and COPY data', () => {
    const sql = '\\set ON_ERROR_STOP on\n\\connect shop\nCOPY t (a) FROM stdin;\nDROP TABLE x\n\\.\nDROP TABLE y;';
    expect(ops(sql)).toEqual(['drop:table@6:1']);
  });

  it('carries a procedure body to where it is called', () => {
    const sql = 'CREATE PROCEDURE purge() LANGUAGE sql AS $$ TRUNCATE orders $$;\n\nCALL purge();';
    expect(ops(sql)).toEqual(['truncate@1:45', 'truncate@3:1']);
  });

  it('splits files above the whole-file limit and still finds the DROP', () => {
    const filler = "INSERT INTO t VALUES (1, 'x');\n".repeat(40_000);
    expect(ops(`${filler}DROP TABLE big;\n`)).toEqual(['drop:table@40001:1']);
  });
});

describe('analyseSql with the dialect tokenizer', () => {
  it('sees a DROP TABLE built with CONCAT and the CALL that runs it', () => {
    const sql = [
      'DELIMITER //',
      'CREATE PROCEDURE rotate_archive()',
      'BEGIN',
      "  SET @s = CONCAT('DR', 'OP TABLE IF EXISTS `', @tbl, '`');",
      '  PREPARE stmt FROM @s;',
      '  EXECUTE stmt;',
      'END //',
      'DELIMITER ;',
      '',
      'CALL rotate_archive();',
    ].join('\n');
    const found = ops(sql, 'mysql');
    expect(found.some((o) => o.startsWith('drop:table@4:') || o.startsWith('drop:table@5:'))).toBe(true);
    expect(found.some((o) => o.startsWith('dynamic-sql@'))).toBe(true);
    expect(found).toContain('drop:table@10:1');
  });
});
