import type { Node } from 'web-tree-sitter';
import { parserFor } from '../tree-sitter/loader.js';
import { describeType, isLossyChange, typeFromName, type ColumnType } from './column-types.js';
import { PythonMigration } from './python-migration.js';
import { pythonArguments, pythonName } from './python-strings.js';
import { descendants, syntaxErrorLine } from './syntax.js';
import type { MigrationReader } from './types.js';

const REVISION = /^revision(?:[ \t]*:[ \t]*str)?[ \t]*=/m;
const UPGRADE = /^def[ \t]+upgrade\w*[ \t]*\(/m;

export const alembicReader: MigrationReader = {
  framework: 'alembic',
  grammar: 'python',
  recognises(path, text) {
    return path.endsWith('.py') && REVISION.test(text) && UPGRADE.test(text);
  },
  read(file) {
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
      for (const [name, fn] of functions) {
        const body = fn.childForFieldName('body');
        if (body) readFunction(migration, body, rollback.has(name));
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

function readFunction(migration: PythonMigration, body: Node, rollbackOnly: boolean): void {
  for (const call of descendants(body)) {
    if (call.type !== 'call') continue;
    const fn = call.childForFieldName('function');
    if (fn?.type !== 'attribute') continue;
    const object = fn.childForFieldName('object');
    const method = fn.childForFieldName('attribute')!;
    const batchTable = object ? batchTableOf(object) : undefined;
    if (object?.text !== 'op' && batchTable === undefined) continue;
    const { positional, keywords } = pythonArguments(call);
    // batch_op methods take no table: their arguments start at the column.
    const shift = batchTable === undefined ? 0 : 1;
    const arg = (index: number, keyword: string) => keywords.get(keyword) ?? positional[index - shift];
    const table = batchTable ?? pythonName(arg(0, 'table_name'));
    switch (method.text) {
      case 'create_table':
        if (!rollbackOnly) migration.created.add(table);
        break;
      case 'add_column': {
        const column = arg(1, 'column');
        const name = column?.type === 'call' ? pythonArguments(column).positional[0] : undefined;
        if (!rollbackOnly) migration.created.add(`${table}.${pythonName(name)}`);
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
        const from = fromNode ? sqlalchemyType(fromNode) : undefined;
        if (!isLossyChange(from, to)) break;
        const detail = `${from ? describeType(from) : 'current type unknown'} -> ${describeType(to)}`;
        const target = `${table}.${pythonName(arg(1, 'column_name'))}`;
        migration.add('lossy-type-change', fn.text, target, method, call, rollbackOnly, detail);
        break;
      }
    }
  }
  migration.readCode(body, rollbackOnly);
}

/** The table of `with op.batch_alter_table("users") as batch_op:` when `object` is `batch_op`. */
function batchTableOf(object: Node): string | undefined {
  if (object.type !== 'identifier') return undefined;
  for (let n = object.parent; n; n = n.parent) {
    if (n.type !== 'with_statement') continue;
    for (const item of descendants(n.namedChildren.find((c) => c?.type === 'with_clause') ?? n)) {
      if (item.type !== 'as_pattern') continue;
      const target = item.childForFieldName('alias') ?? item.namedChildren[item.namedChildren.length - 1];
      const value = item.namedChildren[0];
      if (target?.text !== object.text || value?.type !== 'call') continue;
      if (value.childForFieldName('function')?.text !== 'op.batch_alter_table') return undefined;
      return pythonName(pythonArguments(value).keywords.get('table_name') ?? pythonArguments(value).positional[0]);
    }
  }
  return undefined;
}

/** `sa.String(length=50)`, `sa.Numeric(10, 2)`, `postgresql.VARCHAR(50)`, `sa.Integer()`, `sa.Text`. */
function sqlalchemyType(node: Node): ColumnType {
  const callee = node.type === 'call' ? node.childForFieldName('function') : node;
  const name = (callee?.text ?? '').split('.').pop() ?? '';
  if (node.type !== 'call') return typeFromName(name);
  const { positional, keywords } = pythonArguments(node);
  const number = (value: Node | undefined) => (value?.type === 'integer' ? Number(value.text) : undefined);
  const options: { limit?: number; precision?: number; scale?: number } = {};
  const limit = number(keywords.get('length') ?? positional[0]);
  const precision = number(keywords.get('precision') ?? positional[0]);
  const scale = number(keywords.get('scale') ?? positional[1]);
  const lower = name.toLowerCase();
  if (/char|string|unicode$/.test(lower) && limit !== undefined) options.limit = limit;
  if (/numeric|decimal/.test(lower)) {
    if (precision !== undefined) options.precision = precision;
    if (scale !== undefined) options.scale = scale;
  }
  return typeFromName(lower === 'unicode' ? 'string' : lower === 'unicodetext' ? 'text' : name, options);
}
