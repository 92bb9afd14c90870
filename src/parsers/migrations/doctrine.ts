import type { Node } from 'web-tree-sitter';
import { parserFor } from '../tree-sitter/loader.js';
import { failOnSyntaxError, MigrationCollector, spanOf } from './collector.js';
import { isPhpCall, phpArguments, phpCallName, phpCalls, phpMethodName, phpReceiver } from './php-ast.js';
import { phpSqlArgument, phpStringValue } from './php-strings.js';
import type { MigrationReader } from './types.js';

const DOCTRINE_CLASS = /\bextends\s+(?:\\?Doctrine\\Migrations\\)?AbstractMigration\b/;
/** Connection methods that run the SQL they are given. */
const CONNECTION_SQL = new Set(['executeStatement', 'executeQuery', 'executeUpdate', 'exec']);

export const doctrineReader: MigrationReader = {
  framework: 'doctrine',
  grammar: 'php',
  recognises(path, text) {
    return /\.php$/i.test(path) && DOCTRINE_CLASS.test(text);
  },
  read(file) {
    const tree = parserFor('php').parse(file.text);
    if (!tree) throw new Error('could not be parsed as PHP');
    try {
      failOnSyntaxError(tree.rootNode, 'PHP');
      const out = new MigrationCollector();
      for (const call of phpCalls(tree.rootNode)) {
        const method = phpMethodName(call);
        // preUp/postUp run with up(); preDown/postDown with down().
        const rollbackOnly = method === 'down' || method === 'preDown' || method === 'postDown';
        readAddSql(call, file.text, rollbackOnly, out);
        readSchemaApi(call, file.text, rollbackOnly, out);
      }
      return out.result();
    } finally {
      tree.delete();
    }
  },
};

function unitOf(call: Node): Node {
  let unit = call;
  while (unit.parent && isPhpCall(unit.parent) && phpReceiver(unit.parent)?.id === unit.id) unit = unit.parent;
  return unit;
}

/** `$this->addSql('...')`, what doctrine:migrations:diff writes; `$this->connection->executeStatement('...')`. */
function readAddSql(call: Node, src: string, rollbackOnly: boolean, out: MigrationCollector): void {
  const name = phpCallName(call);
  if (!name || call.type !== 'member_call_expression') return;
  const receiver = phpReceiver(call)?.text.replace(/\s+/g, '');
  const runsSql =
    (name.text === 'addSql' && receiver === '$this') ||
    (CONNECTION_SQL.has(name.text) && (receiver === '$this->connection' || receiver === '$connection'));
  if (!runsSql) return;
  const sql = phpArguments(call)[0];
  if (!sql) return;
  const spelled = name.text === 'addSql' ? '$this->addSql' : `$this->connection->${name.text}`;
  out.sqlArgument(phpSqlArgument(sql, src), spelled, spanOf(name), spanOf(unitOf(call)), rollbackOnly);
}

/** The Schema API: `$schema->dropTable('t')`, `$schema->getTable('t')->dropColumn('c')`. */
function readSchemaApi(call: Node, src: string, rollbackOnly: boolean, out: MigrationCollector): void {
  const name = phpCallName(call);
  if (!name || call.type !== 'member_call_expression') return;
  const receiver = phpReceiver(call);
  if (name.text === 'dropTable' && receiver?.text === '$schema') {
    out.operation({
      kind: 'drop-table',
      call: '$schema->dropTable',
      target: phpStringValue(phpArguments(call)[0], src) ?? '?',
      span: spanOf(name),
      unit: spanOf(unitOf(call)),
      rollbackOnly,
    });
  }
  if (name.text === 'dropColumn' && receiver && isPhpCall(receiver) && phpCallName(receiver)?.text === 'getTable') {
    const table = phpStringValue(phpArguments(receiver)[0], src) ?? '?';
    out.operation({
      kind: 'drop-column',
      call: '$table->dropColumn',
      target: `${table}.${phpStringValue(phpArguments(call)[0], src) ?? '?'}`,
      span: spanOf(name),
      unit: spanOf(unitOf(call)),
      rollbackOnly,
    });
  }
}
