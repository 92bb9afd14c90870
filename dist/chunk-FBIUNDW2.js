import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  SqlLexer
} from "./chunk-PO5BOZ4F.js";
import "./chunk-ZHGBYMEX.js";

// src/parsers/sql/statement-head.ts
var STATEMENT_WORDS = /* @__PURE__ */ new Set([
  ...["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "REPLACE", "VALUES", "TABLE", "WITH"],
  ...["CREATE", "ALTER", "DROP", "TRUNCATE", "RENAME", "COMMENT", "GRANT", "REVOKE", "SECURITY", "IMPORT"],
  ...["SET", "RESET", "SHOW", "USE", "BEGIN", "START", "COMMIT", "ROLLBACK", "END", "ABORT", "SAVEPOINT"],
  ...["RELEASE", "PREPARE", "EXECUTE", "EXEC", "DEALLOCATE", "DECLARE", "FETCH", "MOVE", "CLOSE", "OPEN"],
  ...["DO", "CALL", "COPY", "LOCK", "UNLOCK", "LISTEN", "NOTIFY", "UNLISTEN", "DISCARD", "LOAD", "CHECKPOINT"],
  ...["ANALYZE", "ANALYSE", "VACUUM", "CLUSTER", "REINDEX", "REFRESH", "EXPLAIN", "DESCRIBE", "DESC"],
  ...["OPTIMIZE", "REPAIR", "FLUSH", "KILL", "HANDLER", "DELIMITER", "PRAGMA", "ATTACH", "DETACH"],
  ...["GO", "PRINT", "IF", "WHILE", "RAISERROR", "THROW", "DBCC", "BACKUP", "RESTORE", "DENY", "WAITFOR"],
  ...["SPOOL", "PROMPT", "WHENEVER", "CONNECT", "DEFINE", "UNDEFINE", "EXIT", "QUIT", "PURGE", "UNDROP"],
  ...["SYSTEM", "INSTALL", "UNINSTALL", "SIGNAL", "RESIGNAL", "RETURN", "LEAVE", "ITERATE", "LOOP", "REPEAT"],
  ...["BATCH", "APPLY", "PUT", "GET", "LIST", "REMOVE", "UNDO", "UNSET", "CACHE", "UNCACHE", "MSCK"]
]);
function beginsAsSql(text, span, dialect) {
  const lexer = new SqlLexer(text, dialect);
  lexer.pos = span.start;
  for (let token = lexer.next(); token && token.start < span.end; token = lexer.next()) {
    if (token.kind === "comment") continue;
    return token.kind === "word" && STATEMENT_WORDS.has(token.upper ?? "");
  }
  return false;
}
export {
  beginsAsSql
};
