import type { SqlDialect } from '../../core/sql-operations.js';

const PATH_HINTS: [RegExp, SqlDialect][] = [
  [/(^|[/_.-])(bigquery|bq)([/_.-]|$)/i, 'bigquery'],
  [/(^|[/_.-])(mysql|mariadb)([/_.-]|$)/i, 'mysql'],
  [/(^|[/_.-])(sqlite3?)([/_.-]|$)/i, 'sqlite'],
  [/(^|[/_.-])(mssql|sqlserver|sql-server|tsql|t-sql|azure-sql)([/_.-]|$)/i, 'sqlserver'],
  [/(^|[/_.-])(postgres|postgresql|pg|psql|supabase)([/_.-]|$)/i, 'postgres'],
];

/**
 * Guesses a file's SQL dialect from its path, then from tell-tale syntax; Postgres by default,
 * since the real Postgres parser is the strictest reader and falls back to the tokenizer anyway.
 */
export function sniffDialect(path: string, text: string): SqlDialect {
  for (const [pattern, dialect] of PATH_HINTS) if (pattern.test(path)) return dialect;
  // Comments are prose: a backticked name in a Prisma warning is not MySQL.
  const head = withoutComments(text.slice(0, 64 * 1024));
  if (
    /`[\w-]+-[\w-]*\.[\w-]+(\.[\w-]+)?`|`[\w-]+\.[\w-]+\.[\w-]+`|\bCREATE\s+OR\s+REPLACE\s+TABLE\b/i.test(head) ||
    /\bCREATE\s+(OR\s+REPLACE\s+)?TABLE\s+FUNCTION\b|\b(STRING|INT64|FLOAT64)\b/.test(head)
  ) {
    return 'bigquery';
  }
  if (
    /^\s*GO\s*$/im.test(head) ||
    /\b(NVARCHAR|DATETIME2|SET\s+NOCOUNT|SET\s+XACT_ABORT|OBJECT_ID\s*\(|sp_rename|sp_executesql)\b|\[dbo\]|\bdbo\.\w/i.test(
      head,
    )
  ) {
    return 'sqlserver';
  }
  if (
    /^\s*DELIMITER\s+\S+/im.test(head) ||
    /\bENGINE\s*=|\bAUTO_INCREMENT\b|\bUNSIGNED\b|`\w+`|\bMODIFY\s+COLUMN\b|\bDROP\s+TEMPORARY\s+TABLE\b/i.test(head)
  ) {
    return 'mysql';
  }
  if (/\bPRAGMA\s+\w+|\bAUTOINCREMENT\b/i.test(head)) return 'sqlite';
  return 'postgres';
}

/** The text with its line and block comments blanked; quoted text is kept as written. */
function withoutComments(text: string): string {
  const parts: string[] = [];
  // Plain text up to the next quote or comment start is copied in one piece, not character by character.
  const special = /['"`]|--|\/\*/g;
  let i = 0;
  while (i < text.length) {
    special.lastIndex = i;
    const found = special.exec(text);
    if (!found) {
      parts.push(text.slice(i));
      break;
    }
    parts.push(text.slice(i, found.index));
    i = found.index;
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = text.indexOf(c, i + 1);
      const stop = end < 0 ? text.length : end + 1;
      parts.push(text.slice(i, stop));
      i = stop;
    } else if (c === '-') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      parts.push(' ');
    }
  }
  return parts.join('');
}

const SQL_STATEMENT_START =
  /^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|TRUNCATE|SELECT|WITH|BEGIN|COMMIT|GRANT|REVOKE|SET|MERGE|UPSERT|REPLACE|START\s+TRANSACTION)\b/i;
const DATA_CHANGING = /^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|TRUNCATE|MERGE|GRANT|REVOKE)\b/i;

/**
 * True when a text file with no SQL extension (a `.txt`, a file with no extension) is mostly SQL
 * statements: an agent can hide a migration in a file that scanners keyed on `.sql` skip.
 */
export function looksLikeSql(text: string): boolean {
  const lines = text
    .slice(0, 64 * 1024)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('--') && !l.startsWith('#') && !l.startsWith('//'));
  if (lines.length === 0) return false;
  const starts = lines.filter((l) => SQL_STATEMENT_START.test(l)).length;
  const terminated = lines.filter((l) => l.endsWith(';')).length;
  return lines.some((l) => DATA_CHANGING.test(l)) && starts / lines.length >= 0.3 && terminated >= 1;
}
