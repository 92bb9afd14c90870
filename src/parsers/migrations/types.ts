import type { ChangeContext, CheckedFile } from '../../core/checker.js';
import type { Span } from '../../core/types.js';
import type { OffsetMap } from '../offset-map.js';
import type { SqlDialect } from '../../core/sql-operations.js';
import type { GrammarName } from '../tree-sitter/loader.js';

export type MigrationFramework =
  | 'rails'
  | 'django'
  | 'alembic'
  | 'knex'
  | 'typeorm'
  | 'sequelize'
  | 'prisma'
  | 'laravel'
  | 'ecto'
  | 'efcore'
  | 'doctrine'
  | 'liquibase'
  | 'atlas';

/** What a framework migration does to stored data, in the framework's own words. */
export type MigrationOperationKind =
  /** drop_table, DeleteModel, op.drop_table, dropTable, Schema::drop, drop table(:x), DropTable, <dropTable> */
  | 'drop-table'
  /** remove_column, RemoveField, op.drop_column, dropColumn, $table->dropColumn, remove :x, DropColumn */
  | 'drop-column'
  /** remove_reference / remove_belongs_to (the column goes with it), dropForeign with its column */
  | 'drop-reference'
  /** change_column decimal -> integer, AlterField max_length 255 -> 50, changeColumn to a narrower type */
  | 'lossy-type-change'
  /** delete_all, destroy_all, objects.all().delete(), knex('t').del() without where, bulkDelete({}) */
  | 'unbounded-delete'
  /** truncate, TRUNCATE through the query builder */
  | 'truncate'
  /** drop of a whole schema or database through the framework */
  | 'drop-schema';

export interface MigrationOperation {
  kind: MigrationOperationKind;
  /** The call as the framework spells it: `remove_column`, `migrations.RemoveField`. */
  call: string;
  /** What is destroyed, as `table` or `table.column`; `?` where the migration does not say literally. */
  target: string;
  /** For type changes: `decimal -> integer`, `max_length 255 -> 50`. */
  detail?: string;
  /** The call's name or the flagged argument: where the caret goes. */
  span: Span;
  /** The whole call or statement: findings sharing it are weighed together. */
  unit: Span;
  /** Runs only when the migration is rolled back: `def down`, `downgrade()`, `exports.down`. */
  rollbackOnly: boolean;
  /**
   * Why this operation, which would block judged blind, does not: a type change that widens the
   * column as the base tree has it now. Reported as a non-blocking finding with the reason.
   */
  downgradedBecause?: string;
}

/** A SQL string the migration hands to the database, with where each character is in the host file. */
export interface EmbeddedSql {
  text: string;
  toFile: OffsetMap;
  /** The call that runs it (`execute`, `op.execute`, `queryRunner.query`). */
  call: string;
  unit: Span;
  rollbackOnly: boolean;
  dialect?: SqlDialect;
  /** Where the text was written when `toFile` points at a name that holds it (a constant). */
  covers?: Span[];
}

/** SQL built at run time (interpolation, concatenation, format): what it does cannot be read. */
export interface DynamicSql {
  call: string;
  /** How it is built: `string interpolation`, `concatenation`, `a variable`. */
  reason: string;
  span: Span;
  unit: Span;
  rollbackOnly: boolean;
}

/** A database address the file spells out (a Prisma datasource `url = "postgresql://..."`). */
export interface HardCodedConnection {
  /** The setting as the framework names it: `datasource db url`. */
  setting: string;
  /** Host, database and schema named by the address: what says production. */
  names: string[];
  span: Span;
}

/** A framework migration as the orm rules read it. */
export interface MigrationDocument {
  path: string;
  text: string;
  framework: MigrationFramework;
  operations: MigrationOperation[];
  sql: EmbeddedSql[];
  dynamicSql: DynamicSql[];
  /** What the reader could not follow and a reviewer should know (a Liquibase `<sqlFile>` it cannot open). */
  notes?: string[];
  /** Operations found on the base side only (Prisma schema diff): spans are offsets into the base text. */
  baseOperations?: MigrationOperation[];
  /** Database addresses written into the file rather than read from the environment. */
  connections?: HardCodedConnection[];
  /**
   * Tables the migration's own calls create going forward (`op.create_table`, `create_table`,
   * CreateModel), with the offset where the creating call ends: SQL that runs after it and drops
   * them, or their columns, drops scratch.
   */
  createdTables?: { name: string; at: number }[];
  /**
   * Tables and columns (`table`, `table.column`, lower-cased) the migration creates going forward
   * and that cannot have existed before it ran: a later migration that this same change adds and
   * that drops them drops what holds no stored data yet.
   */
  creates?: string[];
}

/** Reads one framework's migrations; parsing is synchronous once its grammar has loaded. */
export interface MigrationReader {
  framework: MigrationFramework;
  /** The grammar the reader parses with; none for XML, YAML, JSON or Prisma schema readers. */
  grammar?: GrammarName;
  /** For readers whose grammar depends on the file (JS, TS or TSX by extension); wins over `grammar`. */
  grammarFor?(path: string): GrammarName;
  /**
   * Whether the file is one of this framework's migrations: by content (`class X <
   * ActiveRecord::Migration[7.1]`) as well as by path, so a migration moved elsewhere still counts.
   */
  recognises(path: string, text: string): boolean;
  /** `context` holds the rest of the change: an earlier migration there can say what a column was. */
  read(file: CheckedFile, context?: ChangeContext): Omit<MigrationDocument, 'path' | 'text' | 'framework'>;
}

/** What a reader finds in one file; the checker adds path, text and framework. */
export type MigrationRead = Omit<MigrationDocument, 'path' | 'text' | 'framework'>;
