import type { Node } from 'web-tree-sitter';
import { parserFor } from '../tree-sitter/loader.js';
import { failOnSyntaxError, MigrationCollector, type ReadMigration } from './collector.js';
import { isPhpCall, phpCalls, phpMethodName, phpReceiver } from './php-ast.js';

/** Reads one call of a PHP migration into what the migration does. */
export type PhpCallReader = (call: Node, src: string, rollbackOnly: boolean, out: MigrationCollector) => void;

/**
 * Parses a PHP migration (Doctrine, Laravel) and gives each call to every reader, with whether the
 * method it sits in runs only on rollback. `readersFor` sees the whole tree first, for readers
 * that pair calls across methods (a column changed in up and changed back in down).
 */
export function readPhpMigration(
  text: string,
  runsOnRollback: (method: string | undefined) => boolean,
  readersFor: (root: Node) => readonly PhpCallReader[],
): ReadMigration {
  const tree = parserFor('php').parse(text);
  if (!tree) throw new Error('could not be parsed as PHP');
  try {
    failOnSyntaxError(tree.rootNode, 'PHP');
    const out = new MigrationCollector();
    const readers = readersFor(tree.rootNode);
    for (const call of phpCalls(tree.rootNode)) {
      const rollbackOnly = runsOnRollback(phpMethodName(call));
      for (const read of readers) read(call, text, rollbackOnly, out);
    }
    return out.result();
  } finally {
    tree.delete();
  }
}

/** The whole chain a call starts (`$schema->getTable('t')->dropColumn('c')` for getTable): a finding's unit. */
export function phpUnitOf(call: Node): Node {
  let unit = call;
  while (unit.parent && isPhpCall(unit.parent) && phpReceiver(unit.parent)?.id === unit.id) unit = unit.parent;
  return unit;
}
