import type { SqlDialect, SqlOperation } from '../../core/sql-operations.js';
import { readAlter } from './recognise-alter.js';
import { readCreate, readSelectInto } from './recognise-create.js';
import { readDelete, readInsert, readMerge, readUpdate } from './recognise-dml.js';
import { readDrop, readTruncate } from './recognise-drop.js';
import {
  readBuiltString,
  readDeclare,
  readExecute,
  readPrepare,
  readSet,
  readSpExecuteSql,
} from './recognise-dynamic.js';
import { readRenameTable, readSpRename } from './recognise-rename.js';
import {
  readExpirationOption,
  readFlashback,
  readRecoveryModel,
  readRecycleBin,
  readRetentionCheck,
  readTblProperties,
  readTimeTravel,
  readTtl,
  readVacuum,
} from './recognise-retention.js';
import { Scan, type RecogniseContext } from './recognise-scan.js';
import { splitStatements, type SplitStatement } from './split.js';
import type { SqlToken } from './tokenizer.js';

export type { RecogniseContext } from './recognise-scan.js';

/** Dynamic SQL inside dynamic SQL is read this deep, and no deeper. */
const MAX_DYNAMIC_DEPTH = 4;

type Reader = (scan: Scan, i: number) => void;

/** What to read at each keyword, wherever it sits in the statement (procedure bodies hold many). */
const READERS = new Map<string, Reader>(
  Object.entries({
    DROP: readDrop,
    ALTER: readAlter,
    TRUNCATE: readTruncate,
    DELETE: readDelete,
    UPDATE: readUpdate,
    INSERT: readInsert,
    REPLACE: readInsert,
    MERGE: readMerge,
    CREATE: readCreate,
    INTO: readSelectInto,
    RENAME: readRenameTable,
    SP_RENAME: readSpRename,
    EXEC: readExecute,
    EXECUTE: readExecute,
    PREPARE: readPrepare,
    SP_EXECUTESQL: readSpExecuteSql,
    SET: readSet,
    DECLARE: readDeclare,
    TTL: readTtl,
    EXPIRATION_TIMESTAMP: readExpirationOption,
    PARTITION_EXPIRATION_DAYS: readExpirationOption,
    DATA_RETENTION_TIME_IN_DAYS: readTimeTravel,
    MAX_TIME_TRAVEL_HOURS: readTimeTravel,
    VACUUM: readVacuum,
    RETENTIONDURATIONCHECK: readRetentionCheck,
    TBLPROPERTIES: readTblProperties,
    FLASHBACK: readFlashback,
    RECYCLEBIN: readRecycleBin,
    DBA_RECYCLEBIN: readRecycleBin,
    RECOVERY: readRecoveryModel,
  }),
);

/** A fresh context; pass the same one to consecutive statements of a file so variables carry over. */
export function createRecogniseContext(): RecogniseContext {
  return { variables: new Map(), depth: 0 };
}

/**
 * What one statement read by the dialect tokenizer does. Every token is looked at, not only the
 * statement's head, so `IF OBJECT_ID(...) IS NOT NULL DROP TABLE #t` and procedure bodies are
 * read too. Never throws; a statement it does not know gives [].
 */
export function recogniseStatement(
  stmt: SplitStatement,
  text: string,
  dialect: SqlDialect,
  context: RecogniseContext = createRecogniseContext(),
): SqlOperation[] {
  return recogniseTokens(stmt.tokens, text, dialect, context);
}

/** Splits and reads a whole file, carrying variables (`SET @s = ...; PREPARE x FROM @s`) across statements. */
export function recogniseStatements(
  text: string,
  dialect: SqlDialect,
): { statement: SplitStatement; operations: SqlOperation[] }[] {
  const context = createRecogniseContext();
  return splitStatements(text, dialect).map((statement) => ({
    statement,
    operations: recogniseStatement(statement, text, dialect, context),
  }));
}

function recogniseTokens(
  tokens: readonly SqlToken[],
  text: string,
  dialect: SqlDialect,
  context: RecogniseContext,
): SqlOperation[] {
  const readSql = (sql: string) => readEmbedded(sql, dialect, context.depth + 1);
  const scan = new Scan(tokens, text, dialect, context, readSql);
  for (let i = 0; i < tokens.length; i++) {
    try {
      readBuiltString(scan, i);
      const word = tokens[i]!.upper;
      if (word) READERS.get(word)?.(scan, i);
    } catch {
      // A reader's bug must not hide what the other readers find in the statement.
    }
  }
  return scan.ops;
}

/** SQL found inside a string (EXEC'd, prepared, built); spans are offsets into `sql`. */
function readEmbedded(sql: string, dialect: SqlDialect, depth: number): SqlOperation[] {
  if (depth > MAX_DYNAMIC_DEPTH || sql.trim() === '') return [];
  const context: RecogniseContext = { variables: new Map(), depth };
  return splitStatements(sql, dialect).flatMap((stmt) => recogniseTokens(stmt.tokens, sql, dialect, context));
}
