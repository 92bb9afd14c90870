import type { Node } from 'web-tree-sitter';
import { spanOf, type MigrationCollector } from './collector.js';
import { isPhpCall, phpArguments, phpCallName, phpReceiver } from './php-ast.js';
import { phpUnitOf, readPhpMigration } from './php-migration.js';
import { phpSqlArgument, phpStringValue } from './php-strings.js';
import type { MigrationReader } from './types.js';
import { isDoctrineMigration } from './recognise.js';

/** Connection methods that run the SQL they are given. */
const CONNECTION_SQL = new Set(['executeStatement', 'executeQuery', 'executeUpdate', 'exec']);

export const doctrineReader: MigrationReader = {
  framework: 'doctrine',
  grammar: 'php',
  recognises: isDoctrineMigration,
  read: (file) =>
    readPhpMigration(
      file.text,
      // preUp/postUp run with up(); preDown/postDown with down().
      (method) => method === 'down' || method === 'preDown' || method === 'postDown',
      () => [readAddSql, readSchemaApi],
    ),
};

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
  out.sqlArgument(phpSqlArgument(sql, src), spelled, spanOf(name), spanOf(phpUnitOf(call)), rollbackOnly);
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
      unit: spanOf(phpUnitOf(call)),
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
      unit: spanOf(phpUnitOf(call)),
      rollbackOnly,
    });
  }
}
