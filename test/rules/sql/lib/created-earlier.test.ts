import { beforeAll, describe, expect, it } from 'vitest';
import { loadPostgresParser } from '../../../../src/parsers/sql/pg-parser.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { checkSql } from '../../../../src/rules/sql/lib/checker.js';

beforeAll(() => loadPostgresParser());

function ruleIds(text: string, dialect: 'postgres' | 'mysql' = 'postgres'): string[] {
  return checkSql('db/migrate/V2__x.sql', text, defaultPolicy(), dialect).findings.map((f) => f.ruleId);
}

describe('a table created earlier in the same migration', () => {
  it('is scratch: dropping it or its column loses nothing', () => {
    const text =
      'CREATE TABLE tmp_users (id int, note text);\nALTER TABLE tmp_users DROP COLUMN note;\nDROP TABLE tmp_users;\n';
    expect(ruleIds(text)).toEqual([]);
  });

  it('is not scratch when made with IF NOT EXISTS: the table may already hold rows', () => {
    const text = [
      'CREATE TABLE IF NOT EXISTS users (id int, note text);',
      'ALTER TABLE users DROP COLUMN note;',
      'TRUNCATE users;',
      'DROP TABLE users;',
    ].join('\n');
    expect(ruleIds(text).sort()).toEqual(['sql/drop-column', 'sql/drop-table', 'sql/truncate']);
    // The same through the fallback reader (a dialect the Postgres parser does not read).
    expect(ruleIds(text, 'mysql').sort()).toEqual(['sql/drop-column', 'sql/drop-table', 'sql/truncate']);
  });
});
