import type { Node } from 'web-tree-sitter';
import { parserFor } from '../tree-sitter/loader.js';
import { alembicCurrentColumns, batchTable, sqlalchemyType } from './alembic-history.js';
import { describeType, isLossyChange } from './column-types.js';
import { wideningReason, type CurrentColumns } from './current-columns.js';
import { PythonMigration } from './python-migration.js';
import { pythonArguments, pythonName } from './python-strings.js';
import { descendants, syntaxErrorLine } from './syntax.js';
import type { MigrationReader } from './types.js';
import { isAlembicMigration } from './recognise.js';

export const alembicReader: MigrationReader = {
  framework: 'alembic',
  grammar: 'python',
  recognises: isAlembicMigration,
  read(file, context) {
    const migration = new PythonMigration();
    if (file.text === '') return migration.result();
    const tree = parserFor('python').parse(file.text);
    if (!tree) throw new Error('the Python parser returned no tree');
    try {
      const root = tree.rootNode;
      const errorLine = syntaxErrorLine(root);
      if (errorLine !== undefined) throw new Error(`Python syntax error at line ${errorLine}`);
      const functions = topLevelFunctions(root);
      const rollback = rollbackFunctions(functions);
      // The earlier revisions are read only when a type change without existing_type asks.
      let current: CurrentColumns | undefined | null = null;
      const history = () =>
        current === null ? (current = alembicCurrentColumns(file.path, file.text, context)) : current;
      for (const [name, fn] of functions) {
        const body = fn.childForFieldName('body');
        if (body) readFunction(migration, body, rollback.has(name), history);
      }
      return migration.result();
    } finally {
      tree.delete();
    }
  },
};

function topLevelFunctions(root: Node): Map<string, Node> {
  const functions = new Map<string, Node>();
  for (const node of root.namedChildren) {
    const definition = node?.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    const name = definition?.type === 'function_definition' ? definition.childForFieldName('name')?.text : undefined;
    if (definition && name) functions.set(name, definition);
  }
  return functions;
}

/** downgrade() and downgrade_<engine>(), and helpers that only they call. */
function rollbackFunctions(functions: Map<string, Node>): Set<string> {
  const isDowngrade = (name: string) => /^downgrade(?:_\w+)?$/.test(name);
  const callers = (helper: string) =>
    [...functions].filter(([, fn]) =>
      [...descendants(fn)].some((n) => n.type === 'call' && n.childForFieldName('function')?.text === helper),
    );
  const rollback = new Set<string>();
  for (const name of functions.keys()) {
    if (isDowngrade(name)) rollback.add(name);
    else if (!/^upgrade(?:_\w+)?$/.test(name)) {
      const calledBy = callers(name).map(([caller]) => caller);
      if (calledBy.length > 0 && calledBy.every(isDowngrade)) rollback.add(name);
    }
  }
  return rollback;
}

function readFunction(
  migration: PythonMigration,
  body: Node,
  rollbackOnly: boolean,
  history: () => CurrentColumns | undefined,
): void {
  for (const call of descendants(body)) {
    if (call.type !== 'call') continue;
    const fn = call.childForFieldName('function');
    if (fn?.type !== 'attribute') continue;
    const object = fn.childForFieldName('object');
    const method = fn.childForFieldName('attribute')!;
    const batchOf = object ? batchTable(object) : undefined;
    if (object?.text !== 'op' && batchOf === undefined) continue;
    const { positional, keywords } = pythonArguments(call);
    // batch_op methods take no table: their arguments start at the column.
    const shift = batchOf === undefined ? 0 : 1;
    const arg = (index: number, keyword: string) => keywords.get(keyword) ?? positional[index - shift];
    const table = batchOf ?? pythonName(arg(0, 'table_name'));
    switch (method.text) {
      case 'create_table':
        if (!rollbackOnly && !ifNotExists(keywords)) migration.created.set(table.toLowerCase(), call.endIndex);
        break;
      case 'add_column': {
        const column = arg(1, 'column');
        const name = column?.type === 'call' ? pythonArguments(column).positional[0] : undefined;
        if (!rollbackOnly && !ifNotExists(keywords))
          migration.created.set(`${table}.${pythonName(name)}`.toLowerCase(), call.endIndex);
        break;
      }
      case 'drop_table':
        migration.add('drop-table', fn.text, table, method, call, rollbackOnly);
        break;
      case 'drop_column':
        migration.add(
          'drop-column',
          fn.text,
          `${table}.${pythonName(arg(1, 'column_name'))}`,
          method,
          call,
          rollbackOnly,
        );
        break;
      case 'alter_column': {
        const toNode = keywords.get('type_');
        if (!toNode) break;
        const to = sqlalchemyType(toNode);
        const fromNode = keywords.get('existing_type');
        const column = pythonName(arg(1, 'column_name'));
        const target = `${table}.${column}`;
        // Without existing_type, the revisions before this one say what the column is now.
        const known = fromNode || rollbackOnly ? undefined : history();
        const from = fromNode ? sqlalchemyType(fromNode) : known?.typeOf(table, column);
        if (!isLossyChange(from, to)) {
          if (from && known && isLossyChange(undefined, to)) {
            const because = wideningReason(target, describeType(from), describeType(to), known.source);
            const detail = `${describeType(from)} -> ${describeType(to)}`;
            migration.add('lossy-type-change', fn.text, target, method, call, rollbackOnly, detail, because);
          }
          break;
        }
        const detail = `${from ? describeType(from) : 'current type unknown'} -> ${describeType(to)}`;
        migration.add('lossy-type-change', fn.text, target, method, call, rollbackOnly, detail);
        break;
      }
    }
  }
  migration.readCode(body, rollbackOnly);
}

/** `if_not_exists=True` succeeds on what already holds data: a later drop of it is no undo. */
function ifNotExists(keywords: ReadonlyMap<string, Node>): boolean {
  const value = keywords.get('if_not_exists');
  return value !== undefined && value.text !== 'False' && value.text !== 'None';
}
