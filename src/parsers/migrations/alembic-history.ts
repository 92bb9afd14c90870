import type { Node } from 'web-tree-sitter';
import type { ChangeContext } from '../../core/checker.js';
import { parserFor } from '../tree-sitter/loader.js';
import { typeFromName, type ColumnType } from './column-types.js';
import { CurrentColumns } from './current-columns.js';
import { pythonArguments, pythonName } from './python-strings.js';
import { descendants } from './syntax.js';

/** Above this many revisions in the versions folder, the history is not read: types stay unknown. */
const MAX_REVISIONS = 400;

/** `sa.String(length=50)`, `sa.Numeric(10, 2)`, `postgresql.VARCHAR(50)`, `sa.Integer()`, `sa.Text`. */
export function sqlalchemyType(node: Node): ColumnType {
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

interface Revision {
  id: string;
  parents: string[];
  text: string;
}

/**
 * The columns the revisions this one descends from leave, replayed oldest first along the
 * `down_revision` chain (merges included): the versions folder of the base tree, with the
 * revisions this change adds or edits as the change has them. Undefined without a base tree, or
 * when this revision's parents cannot be found.
 */
export function alembicCurrentColumns(
  path: string,
  text: string,
  context: ChangeContext | undefined,
): CurrentColumns | undefined {
  const baseTree = context?.baseTree;
  if (!baseTree) return undefined;
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const texts = new Map<string, string>();
  const inFolder = (p: string) => p.startsWith(folder) && !p.slice(folder.length).includes('/') && p.endsWith('.py');
  const listed = baseTree.list(folder).filter(inFolder);
  if (listed.length > MAX_REVISIONS) return undefined;
  for (const p of listed) {
    const t = baseTree.read(p);
    if (t !== undefined) texts.set(p, t);
  }
  for (const f of context?.files ?? []) {
    if (!inFolder(f.path)) continue;
    if (f.headText === undefined) texts.delete(f.path);
    else texts.set(f.path, f.headText);
  }
  const revisions = new Map<string, Revision>();
  for (const [p, t] of texts) {
    if (p === path) continue;
    const revision = withTree(t, (root) => revisionOf(root, t));
    if (revision) revisions.set(revision.id, revision);
  }
  const own = withTree(text, (root) => revisionOf(root, text));
  if (!own || own.parents.length === 0) return undefined;
  // Ancestors before descendants: a post-order walk up the down_revision links.
  const order: Revision[] = [];
  const seen = new Set<string>();
  let missing = false;
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const revision = revisions.get(id);
    if (!revision) {
      missing = true;
      return;
    }
    revision.parents.forEach(visit);
    order.push(revision);
  };
  own.parents.forEach(visit);
  if (missing) return undefined;
  const current = new CurrentColumns('the earlier Alembic revisions');
  for (const revision of order) withTree(revision.text, (root) => replayUpgrade(root, current));
  return current;
}

function withTree<T>(text: string, use: (root: Node) => T): T | undefined {
  const tree = parserFor('python').parse(text);
  if (!tree) return undefined;
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** `revision = "abc"` and `down_revision = "xyz" | None | ("a", "b")`, at module level. */
function revisionOf(root: Node, text: string): Revision | undefined {
  let id: string | undefined;
  let parents: string[] = [];
  for (const statement of root.namedChildren) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left')?.text;
    const right = assignment.childForFieldName('right');
    if (!right) continue;
    if (left === 'revision') id = pythonName(right);
    if (left === 'down_revision') {
      const items = right.type === 'tuple' || right.type === 'list' ? right.namedChildren : [right];
      parents = items.filter((n): n is Node => n?.type === 'string').map((n) => pythonName(n));
    }
  }
  return id === undefined || id === '?' ? undefined : { id, parents: parents.filter((p) => p !== '?'), text };
}

/** What `upgrade()` does to column types: create_table, add/alter/drop column, renames, batch ops. */
function replayUpgrade(root: Node, current: CurrentColumns): void {
  for (const node of root.namedChildren) {
    const definition = node?.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    if (definition?.type !== 'function_definition') continue;
    if (!/^upgrade(?:_\w+)?$/.test(definition.childForFieldName('name')?.text ?? '')) continue;
    for (const call of descendants(definition)) {
      if (call.type === 'call') replayCall(call, current);
    }
  }
}

function replayCall(call: Node, current: CurrentColumns): void {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'attribute') return;
  const object = fn.childForFieldName('object');
  const method = fn.childForFieldName('attribute')?.text;
  const batch = object ? batchTable(object) : undefined;
  if (object?.text !== 'op' && batch === undefined) return;
  const { positional, keywords } = pythonArguments(call);
  const shift = batch === undefined ? 0 : 1;
  const arg = (index: number, keyword: string) => keywords.get(keyword) ?? positional[index - shift];
  const table = batch ?? pythonName(arg(0, 'table_name'));
  switch (method) {
    case 'create_table':
      current.setTable(table);
      for (const column of positional.slice(1)) addColumn(current, table, column);
      break;
    case 'add_column':
      addColumn(current, table, arg(1, 'column'));
      break;
    case 'alter_column': {
      const column = pythonName(arg(1, 'column_name'));
      const type = keywords.get('type_');
      if (type) current.set(table, column, sqlalchemyType(type));
      const renamed = keywords.get('new_column_name');
      if (renamed) current.renameColumn(table, column, pythonName(renamed));
      break;
    }
    case 'drop_column':
      current.dropColumn(table, pythonName(arg(1, 'column_name')));
      break;
    case 'drop_table':
      current.dropTable(table);
      break;
    case 'rename_table':
      current.renameTable(pythonName(arg(0, 'old_table_name')), pythonName(arg(1, 'new_table_name')));
      break;
  }
}

/** `sa.Column("name", sa.String(50), ...)`. */
function addColumn(current: CurrentColumns, table: string, column: Node | undefined): void {
  if (column?.type !== 'call' || !/(?:^|\.)Column$/.test(column.childForFieldName('function')?.text ?? '')) return;
  const [name, type] = pythonArguments(column).positional;
  const typeNode = pythonArguments(column).keywords.get('type_') ?? type;
  if (name?.type === 'string' && typeNode) current.set(table, pythonName(name), sqlalchemyType(typeNode));
}

/** The table of `with op.batch_alter_table("users") as batch_op:` when `object` is `batch_op`. */
export function batchTable(object: Node): string | undefined {
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
