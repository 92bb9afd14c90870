import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import type { SqlArgument } from './decoded-string.js';
import type { DynamicSql, EmbeddedSql, MigrationDocument, MigrationOperation } from './types.js';

export type ReadMigration = Omit<MigrationDocument, 'path' | 'text' | 'framework'>;

export function spanOf(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/** Gathers what a reader finds, so every reader hands SQL and operations over the same way. */
export class MigrationCollector {
  readonly operations: MigrationOperation[] = [];
  readonly sql: EmbeddedSql[] = [];
  readonly dynamicSql: DynamicSql[] = [];
  readonly notes: string[] = [];

  operation(operation: MigrationOperation): void {
    this.operations.push(operation);
  }

  /** A SQL argument: literal SQL goes to the SQL family, run-time SQL is reported as dynamic. */
  sqlArgument(argument: SqlArgument, call: string, span: Span, unit: Span, rollbackOnly: boolean): void {
    if (argument.kind === 'static') {
      this.sql.push({ text: argument.text, toFile: argument.toFile, call, unit, rollbackOnly });
    } else {
      this.dynamicSql.push({ call, reason: argument.reason, span, unit, rollbackOnly });
    }
  }

  result(): ReadMigration {
    const byStart = <T extends { unit: Span }>(a: T, b: T) => a.unit.start - b.unit.start;
    return {
      operations: [...this.operations].sort((a, b) => a.span.start - b.span.start),
      // The SQL family reads the pieces as one script in file order.
      sql: [...this.sql].sort(byStart),
      dynamicSql: this.dynamicSql,
      ...(this.notes.length > 0 ? { notes: this.notes } : {}),
    };
  }
}

/** Throws the reason a file that is clearly a migration could not be parsed: the engine reports it as unreadable. */
export function failOnSyntaxError(root: Node, what: string): void {
  if (!root.hasError) return;
  const error = firstError(root);
  const line = (error ?? root).startPosition.row + 1;
  throw new Error(`has a ${what} syntax error at line ${line}`);
}

function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && (child.hasError || child.isError || child.isMissing)) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return undefined;
}
