import type { Span } from '../../core/types.js';
import type { SqlDialect } from '../../core/sql-operations.js';
import { SqlLexer } from './tokenizer.js';

/**
 * Words that begin a statement a database client sends to its server, in the dialects two-key
 * reads: Postgres, MySQL and MariaDB, SQLite, SQL Server, Oracle's SQL*Plus, BigQuery,
 * Snowflake, ClickHouse, CQL.
 */
const STATEMENT_WORDS = new Set([
  ...['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'UPSERT', 'REPLACE', 'VALUES', 'TABLE', 'WITH'],
  ...['CREATE', 'ALTER', 'DROP', 'TRUNCATE', 'RENAME', 'COMMENT', 'GRANT', 'REVOKE', 'SECURITY', 'IMPORT'],
  ...['SET', 'RESET', 'SHOW', 'USE', 'BEGIN', 'START', 'COMMIT', 'ROLLBACK', 'END', 'ABORT', 'SAVEPOINT'],
  ...['RELEASE', 'PREPARE', 'EXECUTE', 'EXEC', 'DEALLOCATE', 'DECLARE', 'FETCH', 'MOVE', 'CLOSE', 'OPEN'],
  ...['DO', 'CALL', 'COPY', 'LOCK', 'UNLOCK', 'LISTEN', 'NOTIFY', 'UNLISTEN', 'DISCARD', 'LOAD', 'CHECKPOINT'],
  ...['ANALYZE', 'ANALYSE', 'VACUUM', 'CLUSTER', 'REINDEX', 'REFRESH', 'EXPLAIN', 'DESCRIBE', 'DESC'],
  ...['OPTIMIZE', 'REPAIR', 'FLUSH', 'KILL', 'HANDLER', 'DELIMITER', 'PRAGMA', 'ATTACH', 'DETACH'],
  ...['GO', 'PRINT', 'IF', 'WHILE', 'RAISERROR', 'THROW', 'DBCC', 'BACKUP', 'RESTORE', 'DENY', 'WAITFOR'],
  ...['SPOOL', 'PROMPT', 'WHENEVER', 'CONNECT', 'DEFINE', 'UNDEFINE', 'EXIT', 'QUIT', 'PURGE', 'UNDROP'],
  ...['SYSTEM', 'INSTALL', 'UNINSTALL', 'SIGNAL', 'RESIGNAL', 'RETURN', 'LEAVE', 'ITERATE', 'LOOP', 'REPEAT'],
  ...['BATCH', 'APPLY', 'PUT', 'GET', 'LIST', 'REMOVE', 'UNDO', 'UNSET', 'CACHE', 'UNCACHE', 'MSCK'],
]);

/**
 * Whether the statement at `span` begins with the first word of a SQL statement: text the
 * client sends to the server, which no shell runs. A statement that begins otherwise (a name, a
 * path, a parenthesis) may be a command written into a SQL file.
 */
export function beginsAsSql(text: string, span: Span, dialect: SqlDialect): boolean {
  const lexer = new SqlLexer(text, dialect);
  lexer.pos = span.start;
  for (let token = lexer.next(); token && token.start < span.end; token = lexer.next()) {
    if (token.kind === 'comment') continue;
    return token.kind === 'word' && STATEMENT_WORDS.has(token.upper ?? '');
  }
  return false;
}
