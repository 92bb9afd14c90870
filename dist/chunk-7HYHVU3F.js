import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  matchesFamily
} from "./chunk-PGE7O3DA.js";

// src/parsers/sql/dialect.ts
var PATH_HINTS = [
  [/(^|[/_.-])(bigquery|bq)([/_.-]|$)/i, "bigquery"],
  [/(^|[/_.-])(mysql|mariadb)([/_.-]|$)/i, "mysql"],
  [/(^|[/_.-])(sqlite3?)([/_.-]|$)/i, "sqlite"],
  [/(^|[/_.-])(mssql|sqlserver|sql-server|tsql|t-sql|azure-sql)([/_.-]|$)/i, "sqlserver"],
  [/(^|[/_.-])(postgres|postgresql|pg|psql|supabase)([/_.-]|$)/i, "postgres"]
];
function sniffDialect(path, text) {
  for (const [pattern, dialect] of PATH_HINTS) if (pattern.test(path)) return dialect;
  const head = withoutComments(text.slice(0, 64 * 1024));
  if (/`[\w-]+-[\w-]*\.[\w-]+(\.[\w-]+)?`|`[\w-]+\.[\w-]+\.[\w-]+`|\bCREATE\s+OR\s+REPLACE\s+TABLE\b/i.test(head) || /\bCREATE\s+(OR\s+REPLACE\s+)?TABLE\s+FUNCTION\b|\b(STRING|INT64|FLOAT64)\b/.test(head)) {
    return "bigquery";
  }
  if (/^\s*GO\s*$/im.test(head) || /\b(NVARCHAR|DATETIME2|SET\s+NOCOUNT|SET\s+XACT_ABORT|OBJECT_ID\s*\(|sp_rename|sp_executesql)\b|\[dbo\]|\bdbo\.\w/i.test(
    head
  )) {
    return "sqlserver";
  }
  if (/^\s*DELIMITER\s+\S+/im.test(head) || /\bENGINE\s*=|\bAUTO_INCREMENT\b|\bUNSIGNED\b|`\w+`|\bMODIFY\s+COLUMN\b|\bDROP\s+TEMPORARY\s+TABLE\b/i.test(head)) {
    return "mysql";
  }
  if (/\bPRAGMA\s+\w+|\bAUTOINCREMENT\b/i.test(head)) return "sqlite";
  return "postgres";
}
function withoutComments(text) {
  const parts = [];
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
    const c = text[i];
    if (c === "'" || c === '"' || c === "`") {
      const end = text.indexOf(c, i + 1);
      const stop = end < 0 ? text.length : end + 1;
      parts.push(text.slice(i, stop));
      i = stop;
    } else if (c === "-") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      parts.push(" ");
    }
  }
  return parts.join("");
}
var SQL_STATEMENT_START = /^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|TRUNCATE|SELECT|WITH|BEGIN|COMMIT|GRANT|REVOKE|SET|MERGE|UPSERT|REPLACE|START\s+TRANSACTION)\b/i;
var DATA_CHANGING = /^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|TRUNCATE|MERGE|GRANT|REVOKE)\b/i;
function looksLikeSql(text) {
  const lines = text.slice(0, 64 * 1024).split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("--") && !l.startsWith("#") && !l.startsWith("//"));
  if (lines.length === 0) return false;
  const starts = lines.filter((l) => SQL_STATEMENT_START.test(l)).length;
  const terminated = lines.filter((l) => l.endsWith(";")).length;
  return lines.some((l) => DATA_CHANGING.test(l)) && starts / lines.length >= 0.3 && terminated >= 1;
}

// src/rules/sql/lib/applies.ts
var SNIFFED = /(\.(txt|text|tmpl|tpl|in|bak|orig|dump|out|run|query|q)|\/[^./]+)$/i;
function readsSql(path, text, policy) {
  return matchesFamily(policy, "sql", path) || SNIFFED.test("/" + path) && looksLikeSql(text);
}

export {
  sniffDialect,
  readsSql
};
