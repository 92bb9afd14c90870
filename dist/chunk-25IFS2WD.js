import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/parsers/sql/libpg-query-lazy.ts
var pg;
async function loadModule() {
  const imported = await import("./chunk-FHFGUZN2.js");
  const module = typeof imported.loadModule === "function" ? imported : imported.default;
  await module.loadModule();
  pg = module;
}
function loaded() {
  if (!pg) throw new Error("the Postgres parser is used before it was loaded");
  return pg;
}
var parseSync = (query) => loaded().parseSync(query);
var parsePlPgSQLSync = (query) => loaded().parsePlPgSQLSync(query);

// src/parsers/sql/pg-parser.ts
var PgSyntaxError = class extends Error {
  constructor(message, position) {
    super(message);
    this.position = position;
  }
  position;
};
var loaded2;
function loadPostgresParser() {
  loaded2 ??= guardExitCode(() => loadModule());
  return loaded2;
}
function parsePostgres(text) {
  const result = callGuarded(() => parseSync(text));
  const toChar = byteToCharMapper(text);
  const statements = (result.stmts ?? []).map((s) => {
    const startByte = s.stmt_location ?? 0;
    const endByte = s.stmt_len ? startByte + s.stmt_len : Buffer.byteLength(text, "utf8");
    return { stmt: s.stmt, start: toChar(startByte), end: toChar(endByte) };
  });
  return { statements, toChar };
}
function parsePlPgSql(createFunction) {
  const result = callGuarded(() => parsePlPgSQLSync(createFunction));
  return result.plpgsql_funcs ?? [];
}
function callGuarded(fn) {
  const exitCode = process.exitCode;
  try {
    return fn();
  } catch (error) {
    const details = error.sqlDetails;
    throw new PgSyntaxError(error.message, details?.cursorPosition ?? 0);
  } finally {
    process.exitCode = exitCode;
  }
}
async function guardExitCode(fn) {
  const exitCode = process.exitCode;
  try {
    return await fn();
  } finally {
    process.exitCode = exitCode;
  }
}
function byteToCharMapper(text) {
  if (!/[^\x00-\x7f]/.test(text)) return (b) => b;
  const bytes = Buffer.byteLength(text, "utf8");
  const charAtByte = new Int32Array(bytes);
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i);
    const size = code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
    for (let k = 0; k < size; k++) charAtByte[byte + k] = i;
    byte += size;
    if (code >= 65536) i++;
  }
  return (b) => b >= byte ? text.length : charAtByte[b] ?? text.length;
}

export {
  PgSyntaxError,
  loadPostgresParser,
  parsePostgres,
  parsePlPgSql
};
