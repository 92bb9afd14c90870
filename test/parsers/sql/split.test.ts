import { describe, expect, it } from 'vitest';
import type { SqlDialect } from '../../../src/core/sql-operations.js';
import { splitPostgresStatements, splitStatements } from '../../../src/parsers/sql/split.js';

/** Each statement's text, as the file shows it. */
function statements(sql: string, dialect: SqlDialect): string[] {
  return splitStatements(sql, dialect).map((s) => sql.slice(s.span.start, s.span.end));
}

describe('splitStatements', () => {
  it('splits on semicolons outside strings, comments and parentheses', () => {
    const sql = "INSERT INTO t VALUES ('a;b');\n-- c;d\nSELECT f(';') /* ; */ FROM x;;\n\nDROP TABLE y";
    expect(statements(sql, 'postgres')).toEqual([
      "INSERT INTO t VALUES ('a;b')",
      "SELECT f(';') /* ; */ FROM x",
      'DROP TABLE y',
    ]);
  });

  it('gives code tokens without the delimiter, and comments apart', () => {
    const [first, second] = splitStatements('-- why\nDROP TABLE a; -- two-key: ok\nSELECT /* x */ 1;', 'postgres');
    expect(first!.tokens.map((t) => t.text)).toEqual(['DROP', 'TABLE', 'a']);
    expect(first!.span).toEqual({ start: 7, end: 19 });
    expect(first!.comments.map((c) => c.text)).toEqual(['-- why', '-- two-key: ok']);
    expect(second!.tokens.map((t) => t.text)).toEqual(['SELECT', '1']);
    expect(second!.comments.map((c) => c.text)).toEqual(['/* x */']);
  });

  describe('MySQL', () => {
    it('follows DELIMITER, and keeps a procedure body whole', () => {
      const sql = [
        'DELIMITER //',
        'CREATE PROCEDURE purge()',
        'BEGIN',
        '  DELETE FROM sessions;',
        '  DROP TABLE tmp;',
        'END //',
        'DELIMITER ;',
        'CALL purge();',
      ].join('\n');
      expect(statements(sql, 'mysql')).toEqual([
        'CREATE PROCEDURE purge()\nBEGIN\n  DELETE FROM sessions;\n  DROP TABLE tmp;\nEND',
        'CALL purge()',
      ]);
    });

    it('ends a word at the delimiter, as in END$$', () => {
      const sql =
        'DELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END$$\nDELIMITER ;\nSELECT 1;';
      expect(statements(sql, 'mysql')).toEqual([
        'CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END',
        'SELECT 1',
      ]);
    });

    it('keeps BEGIN ... END with IF, WHILE and CASE together without DELIMITER', () => {
      const sql = [
        'CREATE PROCEDURE p()',
        'BEGIN',
        '  IF (SELECT COUNT(*) FROM t) > 0 THEN',
        '    DELETE FROM t;',
        '  END IF;',
        '  WHILE x < 3 DO SET x = x + 1; END WHILE;',
        '  CASE v WHEN 1 THEN SELECT 1; ELSE SELECT 2; END CASE;',
        'END;',
        'DROP TABLE after_proc;',
      ].join('\n');
      const found = statements(sql, 'mysql');
      expect(found).toHaveLength(2);
      expect(found[1]).toBe('DROP TABLE after_proc');
    });

    it('does not take BEGIN; or BEGIN WORK for a block', () => {
      expect(statements('BEGIN; DELETE FROM a; COMMIT;', 'mysql')).toEqual(['BEGIN', 'DELETE FROM a', 'COMMIT']);
      expect(statements('BEGIN WORK; DELETE FROM a; COMMIT;', 'mysql')).toHaveLength(3);
    });

    it('reads DELIMITER alone on its line after a statement that lacks its semicolon', () => {
      expect(statements('SELECT 1\nDELIMITER //\nSELECT 2 //\nDELIMITER ;\nSELECT 3;', 'mysql')).toEqual([
        'SELECT 1',
        'SELECT 2',
        'SELECT 3',
      ]);
    });

    it('does not read a column named delimiter as the client command', () => {
      expect(statements('CREATE TABLE t (\ndelimiter VARCHAR(1)\n);\nSELECT 1;', 'mysql')).toEqual([
        'CREATE TABLE t (\ndelimiter VARCHAR(1)\n)',
        'SELECT 1',
      ]);
    });
  });

  describe('T-SQL', () => {
    it('ends a batch at GO on its own line, with a count or a comment', () => {
      const sql = 'CREATE TABLE #t (id int)\nGO\nINSERT #t VALUES (1)\n  GO 5 -- again\nSELECT go FROM x\nGO';
      expect(statements(sql, 'sqlserver')).toEqual([
        'CREATE TABLE #t (id int)',
        'INSERT #t VALUES (1)',
        'SELECT go FROM x',
      ]);
    });

    it('does not take GO inside a string, a comment or a line for a separator', () => {
      const sql = "PRINT 'x\nGO\n'\n/*\nGO\n*/\nSELECT 1 GO";
      expect(statements(sql, 'sqlserver')).toEqual(["PRINT 'x\nGO\n'\n/*\nGO\n*/\nSELECT 1 GO"]);
    });

    it('keeps BEGIN ... END, TRY and CATCH blocks whole, but not BEGIN TRANSACTION', () => {
      const sql = [
        "IF OBJECT_ID(N'dbo.Audit') IS NOT NULL",
        'BEGIN',
        '  BEGIN TRY',
        '    DELETE FROM dbo.Audit WHERE Id = 1;',
        '    UPDATE dbo.Stats SET N = CASE WHEN N > 0 THEN N - 1 ELSE 0 END;',
        '  END TRY',
        '  BEGIN CATCH',
        '    THROW;',
        '  END CATCH',
        'END;',
        'BEGIN TRANSACTION;',
        'DROP TABLE dbo.Old;',
        'COMMIT;',
      ].join('\n');
      const found = statements(sql, 'sqlserver');
      expect(found).toHaveLength(4);
      expect(found.slice(1)).toEqual(['BEGIN TRANSACTION', 'DROP TABLE dbo.Old', 'COMMIT']);
    });
  });

  describe('Postgres', () => {
    it('keeps dollar-quoted bodies and BEGIN ATOMIC whole, and BEGIN; is a transaction', () => {
      const sql = [
        'BEGIN;',
        'CREATE FUNCTION f() RETURNS void AS $$ BEGIN DELETE FROM a; END $$ LANGUAGE plpgsql;',
        'CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;',
        'COMMIT;',
      ].join('\n');
      expect(splitPostgresStatements(sql).map((s) => sql.slice(s.span.start, s.span.end))).toEqual([
        'BEGIN',
        'CREATE FUNCTION f() RETURNS void AS $$ BEGIN DELETE FROM a; END $$ LANGUAGE plpgsql',
        'CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END',
        'COMMIT',
      ]);
    });

    it('does not crash on psql meta-commands and skips COPY data up to \\.', () => {
      const sql = "\\set ON_ERROR_STOP on\nCOPY t (a) FROM stdin;\nO'Brien\n\\.\nDROP TABLE y;";
      const found = statements(sql, 'postgres');
      expect(found.at(-1)).toBe('DROP TABLE y');
      expect(found.some((s) => s.includes("O'Brien"))).toBe(false);
    });
  });

  it('keeps a BigQuery script block whole, but not BEGIN TRANSACTION', () => {
    const sql =
      'BEGIN\n  IF x THEN\n    DELETE FROM d.a WHERE TRUE;\n  END IF;\nEND;\nBEGIN TRANSACTION;\nDELETE d.b WHERE id = 1;';
    expect(statements(sql, 'bigquery')).toEqual([
      'BEGIN\n  IF x THEN\n    DELETE FROM d.a WHERE TRUE;\n  END IF;\nEND',
      'BEGIN TRANSACTION',
      'DELETE d.b WHERE id = 1',
    ]);
  });

  it('keeps a SQLite trigger body whole', () => {
    const sql = 'CREATE TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b WHERE b.a = old.id; END;\nBEGIN;\nSELECT 1;';
    expect(statements(sql, 'sqlite')).toEqual([
      'CREATE TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b WHERE b.a = old.id; END',
      'BEGIN',
      'SELECT 1',
    ]);
  });

  it('runs an unterminated string to the end, as the database would', () => {
    expect(statements("SELECT 'oops;\nDROP TABLE x;", 'postgres')).toEqual(["SELECT 'oops;\nDROP TABLE x;"]);
  });
});
