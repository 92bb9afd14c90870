import type { Node } from 'web-tree-sitter';
import type {
  DynamicSql,
  EmbeddedSql,
  MigrationFramework,
  MigrationOperation,
  MigrationOperationKind,
  MigrationRead,
  MigrationReader,
} from '../types.js';
import { isBuilt, readJsString } from './strings.js';
import { calledName, calleeText, callsIn, inDown, parseScript, scriptGrammar, spanOf } from './syntax.js';
import { isLossyChange, typeChangeDetail } from '../type-change.js';
import type { CheckedFile } from '../../../core/checker.js';

/** Gathers what a JS/TS migration does, each with its span, unit and whether it runs only on rollback. */
export class MigrationCollector {
  readonly operations: MigrationOperation[] = [];
  readonly sql: EmbeddedSql[] = [];
  readonly dynamicSql: DynamicSql[] = [];

  /** An operation of `call`, the caret on `at` (the method name or the flagged argument). */
  operation(kind: MigrationOperationKind, call: Node, at: Node, target: string, detail?: string): void {
    const operation: MigrationOperation = {
      kind,
      call: calleeText(call),
      target,
      span: spanOf(at),
      unit: spanOf(call),
      rollbackOnly: inDown(call),
    };
    if (detail !== undefined) operation.detail = detail;
    this.operations.push(operation);
  }

  /** SQL whose text is only settled at run time. */
  dynamic(call: Node, at: Node, reason: string): void {
    this.dynamicSql.push({
      call: calleeText(call),
      reason,
      span: spanOf(at),
      unit: spanOf(call),
      rollbackOnly: inDown(call),
    });
  }

  /** The SQL a call runs: read for the SQL family, or dynamic when built at run time. */
  sqlArgument(call: Node, argument: Node | undefined): void {
    const rollbackOnly = inDown(call);
    const name = calleeText(call);
    if (!argument) {
      this.dynamicSql.push({
        call: name,
        reason: 'no SQL argument',
        span: spanOf(call),
        unit: spanOf(call),
        rollbackOnly,
      });
      return;
    }
    const value = readJsString(argument);
    if (isBuilt(value)) {
      this.dynamicSql.push({
        call: name,
        reason: value.dynamic,
        span: spanOf(argument),
        unit: spanOf(call),
        rollbackOnly,
      });
      return;
    }
    this.sql.push({ text: value.text, toFile: value.toFile, call: name, unit: spanOf(call), rollbackOnly });
  }

  /**
   * A change of a column's type (`changeColumn`, `.alter()`) that loses values. The old type is the
   * one the call states, else the one its reverse restores: the same method on the other side (up
   * vs down) on the same column, which is how these migrations record it.
   */
  typeChange(
    call: Node,
    calls: Node[],
    read: (call: Node) => ColumnTypeChange | undefined,
    reverses: (other: ColumnTypeChange, change: ColumnTypeChange) => boolean = sameColumn,
  ): void {
    const change = read(call);
    if (!change?.type) return;
    const method = calledName(call);
    const down = inDown(call);
    const reverse = calls
      .filter((c) => c !== call && calledName(c) === method && inDown(c) !== down)
      .map(read)
      .find((c) => c && reverses(c, change));
    const previousType = change.previousType ?? reverse?.type;
    if (isLossyChange(previousType, change.type)) {
      const target = `${change.table}.${change.column}`;
      this.operation('lossy-type-change', call, change.at, target, typeChangeDetail(previousType, change.type));
    }
  }

  document(): MigrationRead {
    return { operations: this.operations, sql: this.sql, dynamicSql: this.dynamicSql };
  }
}

/** A column's type as one call sets it. */
export interface ColumnTypeChange {
  table: string;
  column: string;
  /** The new type, as SQL; undefined when the call does not say. */
  type: string | undefined;
  /** The old type, when the call itself states it (TypeORM's old TableColumn). */
  previousType?: string;
  /** The column's name before the call (TypeORM renames and retypes in one changeColumn). */
  previousColumn?: string;
  /** Where the finding points. */
  at: Node;
}

function sameColumn(other: ColumnTypeChange, change: ColumnTypeChange): boolean {
  return other.table === change.table && other.column === change.column;
}

type CallReader = (call: Node, calls: Node[], collector: MigrationCollector) => void;

/**
 * A reader of JS/TS migrations that call methods on the object `up` receives (TypeORM's
 * queryRunner, Sequelize's queryInterface), recognising its files with `recognises` (../recognise.ts).
 */
export function methodCallReader(
  framework: MigrationFramework,
  recognises: (path: string, text: string) => boolean,
  readCall: CallReader,
): MigrationReader {
  return {
    framework,
    grammarFor: scriptGrammar,
    recognises,
    read: (file: CheckedFile) => readCalls(file, readCall),
  };
}

/** Parses a JS/TS migration and hands every call, in source order, to the framework's reader. */
export function readCalls(file: CheckedFile, readCall: CallReader): MigrationRead {
  const collector = new MigrationCollector();
  if (file.text === '') return collector.document();
  const tree = parseScript(file.path, file.text);
  try {
    const calls = callsIn(tree);
    for (const call of calls) readCall(call, calls, collector);
  } finally {
    tree.delete();
  }
  return collector.document();
}
