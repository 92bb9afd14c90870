import type { Span } from './types.js';

export type SqlDialect = 'postgres' | 'mysql' | 'sqlite' | 'sqlserver' | 'bigquery';

/** A qualified object name, parts unquoted, e.g. ["acme-prod", "events", "page_views"]. */
export type QualifiedName = string[];

export type DroppedObjectType =
  | 'database'
  | 'schema'
  | 'table'
  | 'view'
  | 'materialized-view'
  | 'index'
  | 'sequence'
  | 'function'
  | 'type'
  | 'extension'
  | 'trigger'
  | 'other';

/** How a WHERE clause bounds the rows a DELETE or UPDATE touches. */
export type WhereBound = 'none' | 'tautology' | 'bounded';

/**
 * What one SQL statement does, in a form shared by the Postgres parser and the dialect
 * tokenizer, so that a rule reads the same shape whichever produced it.
 * `span` is where a finding should point (the keyword that does the damage).
 */
export type SqlOperation =
  | {
      op: 'drop';
      objectType: DroppedObjectType;
      names: QualifiedName[];
      temporary: boolean;
      cascade: boolean;
      span: Span;
    }
  | { op: 'drop-owned'; roles: string[]; span: Span }
  /** Moves ownership away first, after which DROP OWNED only revokes privileges. */
  | { op: 'reassign-owned'; roles: string[]; span: Span }
  | { op: 'drop-column'; table: QualifiedName; column: string; span: Span }
  | { op: 'drop-partition'; table: QualifiedName; partitions: string[]; detach: boolean; span: Span }
  | { op: 'truncate'; tables: QualifiedName[]; span: Span }
  | { op: 'delete'; table: QualifiedName; where: WhereBound; span: Span }
  | { op: 'update'; table: QualifiedName; where: WhereBound; span: Span }
  | {
      op: 'alter-column-type';
      table: QualifiedName;
      column: string;
      /** The new type as written, lower-cased, e.g. "integer", "varchar(20)". */
      newType: string;
      /** The USING expression's text, when there is one. */
      using?: string;
      span: Span;
    }
  | { op: 'rename-table'; from: QualifiedName; to: string; span: Span }
  /** Snowflake `ALTER TABLE a SWAP WITH b`: each name now holds the other's rows. */
  | { op: 'swap-tables'; tables: [QualifiedName, QualifiedName]; span: Span }
  /** Spark/Hive/Databricks/Snowflake `INSERT OVERWRITE` of a whole table: every old row is replaced. */
  | { op: 'overwrite'; table: QualifiedName; span: Span }
  /**
   * A schedule on which the database itself deletes data: ClickHouse `TTL`, BigQuery
   * `expiration_timestamp` and `partition_expiration_days`. `days` is how old data may get before
   * it goes (undefined when not a fixed age, e.g. a timestamp); `initial` marks one set by the
   * CREATE TABLE itself, kept only to compare a later change with.
   */
  | { op: 'expiry'; table: QualifiedName; setting: string; days?: number; initial?: true; span: Span }
  /**
   * A recovery safeguard switched off or cut short: Snowflake Time Travel at 0 days, Delta
   * `VACUUM ... RETAIN` under the default week, Oracle flashback off, SQL Server's SIMPLE recovery.
   * The current rows stay; the way back from a bad change goes.
   */
  | { op: 'history-off'; target: QualifiedName; setting: string; span: Span }
  | { op: 'rename-column'; table: QualifiedName; from: string; to: string; span: Span }
  | {
      op: 'create-table';
      name: QualifiedName;
      temporary: boolean;
      columns: ColumnDefinition[];
      span: Span;
      /** `CREATE TABLE IF NOT EXISTS`: does nothing when the table is already there, so it may not be new. */
      ifNotExists?: boolean;
    }
  | { op: 'dynamic-sql'; reason: string; span: Span }
  /** A call of a procedure or function, so that one defined with destructive work in the same file is seen. */
  | { op: 'call'; name: QualifiedName; span: Span }
  /** A procedure or function definition: the operations inside its body run when it is called. */
  | { op: 'define-routine'; name: QualifiedName; span: Span; body: Span }
  /** A reference to an object, for rules that look at names (production projects, databases). */
  | { op: 'reference'; name: QualifiedName; span: Span };

export interface ColumnDefinition {
  name: string;
  /** Lower-cased type as written, e.g. "numeric(10,2)". */
  type: string;
  /** A generated (computed) column, `GENERATED ALWAYS AS (expr)` or `AS (expr)`: its values come from other columns. */
  generated?: true;
}

/** One statement of a file after parsing, with what it does. */
export interface AnalysedStatement {
  span: Span;
  /**
   * Which reader understood it: the Postgres parser, or the dialect tokenizer as a fallback; or
   * `skipped` when the prefilter saw nothing in it that any rule reads (src/parsers/sql/prefilter.ts).
   */
  reader: 'postgres' | 'tokenizer' | 'skipped';
  /** Why the Postgres parser rejected it, when the tokenizer read it instead. */
  parserError?: string;
  operations: SqlOperation[];
}

/** The same operation with its spans moved by `by` characters: SQL read inside a string or body. */
export function shiftOperation(op: SqlOperation, by: number): SqlOperation {
  const span = { start: op.span.start + by, end: op.span.end + by };
  return op.op === 'define-routine'
    ? { ...op, span, body: { start: op.body.start + by, end: op.body.end + by } }
    : { ...op, span };
}
