import { describe, expect, it } from 'vitest';
import type { SqlDialect } from '../../../src/core/sql-operations.js';
import { tokenize, type SqlToken } from '../../../src/parsers/sql/tokenizer.js';

const DIALECTS: SqlDialect[] = ['postgres', 'mysql', 'sqlite', 'sqlserver', 'bigquery'];

/** Tokens as `kind:text`, the way one reads them off the page. */
function kinds(sql: string, dialect: SqlDialect): string[] {
  return tokenize(sql, dialect).map((t) => `${t.kind}:${t.text}`);
}

function only(sql: string, dialect: SqlDialect): SqlToken {
  const tokens = tokenize(sql, dialect);
  expect(tokens).toHaveLength(1);
  return tokens[0]!;
}

function words(sql: string, dialect: SqlDialect): string[] {
  return tokenize(sql, dialect)
    .filter((t) => t.kind === 'word')
    .map((t) => t.upper!);
}

describe('tokenize', () => {
  it('reads a statement into words, names, literals and punctuation with their offsets', () => {
    const sql = "DROP TABLE IF EXISTS public.users CASCADE; -- gone\nSELECT 'it''s', 1.5e3, x::int";
    const tokens = tokenize(sql, 'postgres');
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:DROP',
      'word:TABLE',
      'word:IF',
      'word:EXISTS',
      'word:public',
      'punct:.',
      'word:users',
      'word:CASCADE',
      'punct:;',
      'comment:-- gone',
      'word:SELECT',
      "string:'it''s'",
      'punct:,',
      'number:1.5e3',
      'punct:,',
      'word:x',
      'op:::',
      'word:int',
    ]);
    for (const t of tokens) expect(sql.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[11]!.value).toBe("it's");
    expect(tokens[9]!.value).toBe(' gone');
    expect(tokens[0]).toMatchObject({ upper: 'DROP', start: 0, end: 4 });
  });

  it('keeps a word as written and gives its keyword form in upper', () => {
    expect(only('dRoP', 'mysql')).toMatchObject({ kind: 'word', text: 'dRoP', value: 'dRoP', upper: 'DROP' });
  });

  describe('quoted identifiers', () => {
    it('unquotes double quotes, with doubled quotes inside', () => {
      expect(only('"Order ""Lines"""', 'postgres')).toMatchObject({ kind: 'quoted-ident', value: 'Order "Lines"' });
    });

    it('reads MySQL and BigQuery backticks', () => {
      expect(only('`my``table`', 'mysql')).toMatchObject({ kind: 'quoted-ident', value: 'my`table' });
      expect(only('`acme-prod.events.page_views`', 'bigquery')).toMatchObject({
        kind: 'quoted-ident',
        value: 'acme-prod.events.page_views',
      });
    });

    it('reads T-SQL brackets, with ]] inside', () => {
      expect(only('[Order]]Lines]', 'sqlserver')).toMatchObject({ kind: 'quoted-ident', value: 'Order]Lines' });
      expect(kinds('a[1]', 'postgres')).toEqual(['word:a', 'op:[', 'number:1', 'op:]']);
    });

    it('marks where the contents are, inside the quotes', () => {
      const t = only('[dbo]', 'sqlserver');
      expect([t.contentStart, t.contentEnd]).toEqual([1, 4]);
    });
  });

  describe('strings', () => {
    it("reads '' escapes everywhere but BigQuery", () => {
      for (const dialect of ['postgres', 'mysql', 'sqlite', 'sqlserver'] as const) {
        expect(only("'O''Brien'", dialect)).toMatchObject({ kind: 'string', value: "O'Brien" });
      }
    });

    it('reads backslash escapes in MySQL and BigQuery, and not in standard Postgres strings', () => {
      expect(only("'a\\'b\\nc'", 'mysql').value).toBe("a'b\nc");
      expect(only("'a\\'b'", 'bigquery').value).toBe("a'b");
      expect(kinds("'C:\\' DROP", 'postgres')).toEqual(["string:'C:\\'", 'word:DROP']);
    });

    it('reads Postgres E strings and dollar quotes', () => {
      expect(only("E'it\\'s'", 'postgres')).toMatchObject({ kind: 'string', value: "it's" });
      const body = only('$fn$ BEGIN DROP TABLE x; END $fn$', 'postgres');
      expect(body).toMatchObject({ kind: 'string', value: ' BEGIN DROP TABLE x; END ' });
      expect(body.contentStart).toBe(4);
      expect(only('$$a$b$$', 'postgres').value).toBe('a$b');
      expect(kinds('$1 + $2', 'postgres')).toEqual(['variable:$1', 'op:+', 'variable:$2']);
    });

    it('reads MySQL double-quoted strings and T-SQL N strings', () => {
      expect(only('"DROP TABLE x"', 'mysql')).toMatchObject({ kind: 'string', value: 'DROP TABLE x' });
      expect(only("N'DROP TABLE x'", 'sqlserver')).toMatchObject({ kind: 'string', value: 'DROP TABLE x' });
      expect(only("_utf8mb4'x'", 'mysql')).toMatchObject({ kind: 'string', value: 'x' });
    });

    it('reads BigQuery raw and triple-quoted strings', () => {
      expect(only("r'\\d+'", 'bigquery')).toMatchObject({ kind: 'string', value: '\\d+' });
      expect(only("'''it's ''quoted'' '''", 'bigquery').value).toBe("it's ''quoted'' ");
      expect(only('"""a "b" c"""', 'bigquery').value).toBe('a "b" c');
      expect(only('"x"', 'bigquery').kind).toBe('string');
    });

    it('runs an unterminated string to the end and says so', () => {
      const sql = "'DROP TABLE x;\nDROP TABLE y;";
      expect(only(sql, 'postgres')).toMatchObject({ kind: 'string', unterminated: true, end: sql.length });
    });
  });

  describe('comments', () => {
    it('reads line and block comments', () => {
      expect(kinds('a -- DROP TABLE x\nb /* DROP\nTABLE */ c', 'postgres')).toEqual([
        'word:a',
        'comment:-- DROP TABLE x',
        'word:b',
        'comment:/* DROP\nTABLE */',
        'word:c',
      ]);
    });

    it('reads # comments in MySQL and BigQuery, and #temp names in T-SQL', () => {
      expect(kinds('a # DROP TABLE x', 'mysql')).toEqual(['word:a', 'comment:# DROP TABLE x']);
      expect(kinds('a # DROP TABLE x', 'bigquery')).toEqual(['word:a', 'comment:# DROP TABLE x']);
      expect(kinds('DROP TABLE #Lines, ##Global', 'sqlserver')).toEqual([
        'word:DROP',
        'word:TABLE',
        'word:#Lines',
        'punct:,',
        'word:##Global',
      ]);
    });

    it('nests block comments in Postgres and T-SQL only', () => {
      const sql = '/* a /* b */ DROP TABLE x */ y';
      expect(kinds(sql, 'postgres')).toEqual(['comment:/* a /* b */ DROP TABLE x */', 'word:y']);
      expect(kinds(sql, 'sqlserver')).toEqual(['comment:/* a /* b */ DROP TABLE x */', 'word:y']);
      expect(words(sql, 'mysql')).toEqual(['DROP', 'TABLE', 'X', 'Y']);
    });

    it('reads MySQL executable comments as code', () => {
      const tokens = tokenize('/*!50001 DROP TABLE x */; /*M! DROP VIEW v */ /* DROP TABLE no */', 'mysql');
      expect(tokens.filter((t) => t.kind !== 'comment').map((t) => t.text)).toEqual([
        'DROP',
        'TABLE',
        'x',
        ';',
        'DROP',
        'VIEW',
        'v',
      ]);
    });

    it('needs a space after -- in MySQL, where 5--1 is arithmetic', () => {
      expect(kinds('SELECT 5--1', 'mysql')).toEqual(['word:SELECT', 'number:5', 'op:-', 'op:-', 'number:1']);
      expect(kinds('SELECT 5--1', 'postgres')).toEqual(['word:SELECT', 'number:5', 'comment:--1']);
    });

    it('runs an unterminated block comment to the end and says so', () => {
      expect(only('/* DROP TABLE x', 'postgres')).toMatchObject({ kind: 'comment', unterminated: true, end: 15 });
    });
  });

  it('reads variables and placeholders by dialect', () => {
    expect(kinds('@x @@ROWCOUNT ?', 'sqlserver')).toEqual(['variable:@x', 'variable:@@ROWCOUNT', 'variable:?']);
    expect(kinds(":name :'v' a::text", 'postgres')).toEqual([
      'variable::name',
      "variable::'v'",
      'word:a',
      'op:::',
      'word:text',
    ]);
    expect(kinds("@'quoted var' @s := 1", 'mysql')).toEqual([
      "variable:@'quoted var'",
      'variable:@s',
      'op::=',
      'number:1',
    ]);
    expect(kinds('$name', 'sqlite')).toEqual(['variable:$name']);
  });

  it('reads operators, longest first', () => {
    expect(kinds("a <> b != c <=> d || e -> '$.f' ->> g >= h", 'mysql').filter((k) => k.startsWith('op:'))).toEqual([
      'op:<>',
      'op:!=',
      'op:<=>',
      'op:||',
      'op:->',
      'op:->>',
      'op:>=',
    ]);
  });

  it('reads MySQL names that start with digits as words', () => {
    expect(kinds('DROP TABLE 2fa_codes', 'mysql')).toEqual(['word:DROP', 'word:TABLE', 'word:2fa_codes']);
    expect(kinds('x0 0x1F', 'postgres')).toEqual(['word:x0', 'number:0x1F']);
  });

  describe('look-alike keywords', () => {
    it('reads fullwidth letters as the keyword they look like', () => {
      const t = tokenize('ＤＲＯＰ　ＴＡＢＬＥ users', 'mysql');
      expect(t.map((x) => x.upper)).toEqual(['DROP', 'TABLE', 'USERS']);
      expect(t[0]!.text).toBe('ＤＲＯＰ');
    });

    it('reads through zero-width characters inside a word, and skips them between words', () => {
      const tokens = tokenize('DR\u200bOP\u200d TA\u2060BLE \ufeffx', 'sqlserver');
      expect(tokens.map((t) => t.upper)).toEqual(['DROP', 'TABLE', 'X']);
      expect(tokens[0]!.text).toBe('DR\u200bOP\u200d');
    });

    it('reads Cyrillic look-alike capitals as Latin', () => {
      expect(words('DR\u041eP TABLE x', 'postgres')).toEqual(['DROP', 'TABLE', 'X']);
    });
  });

  it('never throws and covers the text, whatever it is given', () => {
    const pieces = [
      "'",
      '"',
      '`',
      '[',
      ']',
      '$$',
      '$a$',
      '--',
      '/*',
      '*/',
      '/*!',
      '#',
      '@',
      ':',
      '\\',
      "E'",
      'x',
      ' ',
      '\n',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      let sql = '';
      for (let i = 0; i < 30; i++) sql += pieces[Math.floor(random() * pieces.length)];
      for (const dialect of DIALECTS) {
        const tokens = tokenize(sql, dialect);
        for (const t of tokens) expect(sql.slice(t.start, t.end)).toBe(t.text);
        expect(tokens.every((t, i) => i === 0 || t.start >= tokens[i - 1]!.end)).toBe(true);
      }
    }
  });

  it('stays linear on pathological input', () => {
    const inputs = ["'".repeat(100_001), '/*'.repeat(100_000), '$a$'.repeat(50_001), '\u200b'.repeat(100_000)];
    for (const sql of inputs) {
      for (const dialect of DIALECTS) expect(() => tokenize(sql, dialect)).not.toThrow();
    }
  });
});
