import type { Node } from 'web-tree-sitter';
import type { Span } from '../../../core/types.js';
import type { CodeSyntax } from '../../../parsers/code/read.js';

const MIGRATION_FOLDER = /(^|\/)(migrations?|migrate|db\/migrate|alembic\/versions)\//i;

/** Names of the function a migration tool runs to undo it. */
const ROLLBACK_NAME = /^(down|downgrade|rollback|revert|undo)([A-Z0-9_]\w*)?$|^Down([A-Z0-9_]\w*)?$/;

/**
 * In a migration no framework reader knows (migrate-mongo, a hand-rolled runner), what runs only
 * on rollback: the body of `down()` / `downgrade()` / `exports.down = …` / goose `func downX(…)`,
 * and what the migration tool itself says is the down part (`known`: goose's registered down
 * function, yoyo's rollback step), wherever the file is. Outside a migrations folder nothing else
 * is rollback-only.
 */
export function rollbackRanges(path: string, syntax: CodeSyntax, known: readonly Span[] = []): (span: Span) => boolean {
  const ranges: Span[] = [...known];
  const inRanges = (span: Span) => ranges.some((r) => span.start >= r.start && span.start < r.end);
  if (!MIGRATION_FOLDER.test(path)) return ranges.length === 0 ? () => false : inRanges;
  const visit = (node: Node) => {
    const name = rollbackName(node);
    if (name !== undefined && ROLLBACK_NAME.test(name)) {
      ranges.push({ start: node.startIndex, end: node.endIndex });
      return;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(syntax.root);
  if (ranges.length === 0) return () => false;
  return inRanges;
}

function rollbackName(node: Node): string | undefined {
  switch (node.type) {
    case 'method_definition':
    case 'function_declaration':
    case 'function_definition':
    case 'method':
    case 'function_item':
    case 'method_declaration':
      return node.childForFieldName('name')?.text;
    case 'pair':
      return node.childForFieldName('key')?.text.replace(/['"]/g, '');
    case 'assignment_expression': {
      const left = node.childForFieldName('left');
      return left?.childForFieldName('property')?.text;
    }
    default:
      return undefined;
  }
}
