import type { Node } from 'web-tree-sitter';
import type { DynamicSql, EmbeddedSql, MigrationOperation, MigrationOperationKind, MigrationRead } from '../types.js';
import { isBuilt, readJsString } from './strings.js';
import { calleeText, callsIn, inDown, parseScript, spanOf } from './syntax.js';
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

  document(): MigrationRead {
    return { operations: this.operations, sql: this.sql, dynamicSql: this.dynamicSql };
  }
}

/** Parses a JS/TS migration and hands every call, in source order, to the framework's reader. */
export function readCalls(
  file: CheckedFile,
  readCall: (call: Node, calls: Node[], collector: MigrationCollector) => void,
): MigrationRead {
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
