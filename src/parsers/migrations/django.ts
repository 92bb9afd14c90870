import type { Node, Tree } from 'web-tree-sitter';
import type { ChangeContext } from '../../core/checker.js';
import { parserFor } from '../tree-sitter/loader.js';
import { describeType, isLossyChange, type ColumnType } from './column-types.js';
import { PythonMigration } from './python-migration.js';
import { pythonArguments, pythonName } from './python-strings.js';
import { descendants, syntaxErrorLine } from './syntax.js';
import type { MigrationReader } from './types.js';
import { isDjangoMigration, DJANGO_MIGRATION_PATH } from './recognise.js';

export const djangoReader: MigrationReader = {
  framework: 'django',
  grammar: 'python',
  recognises: isDjangoMigration,
  read(file, context) {
    if (file.text === '') return new PythonMigration().result();
    return withTree(file.text, (root) => {
      const errorLine = syntaxErrorLine(root);
      if (errorLine !== undefined) throw new Error(`Python syntax error at line ${errorLine}`);
      const fields = new FieldHistory(() => baseHistory(file.path, context));
      for (const earlier of earlierMigrations(file.path, context)) {
        withTree(earlier, (r) => operationsOf(r).forEach((op) => fields.record(op)));
      }
      const migration = new PythonMigration();
      for (const operation of operationsOf(root)) readOperation(migration, operation, root, fields, file.path);
      return migration.result();
    });
  },
};

function withTree<T>(text: string, use: (root: Node) => T): T {
  const tree: Tree | null = parserFor('python').parse(text);
  if (!tree) throw new Error('the Python parser returned no tree');
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** Above this many earlier migrations of one app, the base history is not read: types stay unknown. */
const MAX_HISTORY_FILES = 400;

/**
 * The field types the app's migrations in the base tree leave (those that sort before this one
 * and that this change does not touch): what AlterField is judged against when this change does
 * not define the field. Read only when an AlterField asks.
 */
function baseHistory(path: string, context: ChangeContext | undefined): FieldHistory | undefined {
  const baseTree = context?.baseTree;
  if (!baseTree) return undefined;
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const changed = new Set((context?.files ?? []).map((f) => f.path));
  const earlier = baseTree
    .list(folder)
    .filter(
      (p) => !p.slice(folder.length).includes('/') && DJANGO_MIGRATION_PATH.test(p) && p.slice(folder.length) < name,
    )
    .filter((p) => !changed.has(p))
    .sort();
  if (earlier.length === 0 || earlier.length > MAX_HISTORY_FILES) return undefined;
  const history = new FieldHistory();
  for (const p of earlier) {
    const text = baseTree.read(p);
    if (text === undefined || !djangoReader.recognises(p, text)) continue;
    withTree(text, (r) => operationsOf(r).forEach((op) => history.record(op)));
  }
  return history;
}

/** Other migrations of the same app in this change that run before this one, oldest first. */
function earlierMigrations(path: string, context: ChangeContext | undefined): string[] {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  return (context?.files ?? [])
    .filter((f) => f.path !== path && f.headText !== undefined && f.path.startsWith(folder))
    .filter((f) => !f.path.slice(folder.length).includes('/') && f.path.slice(folder.length) < name)
    .filter((f) => djangoReader.recognises(f.path, f.headText!))
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((f) => f.headText!);
}

/** The calls in `operations = [...]` of the Migration class, in the order they run. */
function operationsOf(root: Node): Node[] {
  for (const node of descendants(root)) {
    if (node.type !== 'class_definition') continue;
    const supers = node.childForFieldName('superclasses')?.text.replace(/\s+/g, '') ?? '';
    if (supers !== '(migrations.Migration)' && supers !== '(Migration)') continue;
    for (const statement of node.childForFieldName('body')?.namedChildren ?? []) {
      const assignment = statement?.namedChildren[0];
      if (assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.text !== 'operations') continue;
      const list = assignment.childForFieldName('right');
      return list ? callsIn(list) : [];
    }
  }
  return [];
}

function callsIn(list: Node): Node[] {
  return list.namedChildren.filter((c): c is Node => c?.type === 'call');
}

function operationName(call: Node): string {
  const fn = call.childForFieldName('function')?.text ?? '';
  return fn.slice(fn.lastIndexOf('.') + 1);
}

function readOperation(migration: PythonMigration, call: Node, root: Node, fields: FieldHistory, path: string): void {
  const name = operationName(call);
  const fn = call.childForFieldName('function')!;
  const callName = fn.text;
  const { positional, keywords } = pythonArguments(call);
  const arg = (index: number, keyword: string) => keywords.get(keyword) ?? positional[index];
  switch (name) {
    case 'CreateModel': {
      const model = pythonName(arg(0, 'name')).toLowerCase();
      migration.created.set(model, call.endIndex);
      // RunSQL names the table: `options={"db_table": ...}` or `<app label>_<model>`.
      const table = dbTable(arg(2, 'options')) ?? appLabel(path)?.concat('_', model);
      if (table) migration.created.set(table.toLowerCase(), call.endIndex);
      break;
    }
    case 'AddField':
      migration.created.set(fieldKey(arg(0, 'model_name'), arg(1, 'name')).toLowerCase(), call.endIndex);
      break;
    case 'DeleteModel': {
      const model = pythonName(arg(0, 'name'));
      // An unmanaged model's table belongs to someone else: Django creates and drops nothing for it.
      const said = fields.unmanaged(model.toLowerCase());
      const unmanaged = said && `${model} is unmanaged (\`managed: False\` in ${said}): Django drops no table for it`;
      migration.add('drop-table', callName, model, fn, call, false, undefined, unmanaged || undefined);
      break;
    }
    case 'RemoveField':
      migration.add(
        'drop-column',
        callName,
        `${pythonName(arg(0, 'model_name'))}.${pythonName(arg(1, 'name'))}`,
        fn,
        call,
        false,
      );
      break;
    case 'AlterField': {
      const field = fieldKey(arg(0, 'model_name'), arg(1, 'name'));
      const to = fieldType(arg(2, 'field'));
      const known = fields.known(field);
      // AlterField restates the whole field even when only null or a default changed, so without the
      // field's earlier definition (in this change or the app's migrations in the base tree) there
      // is nothing to compare with.
      if (to && known && isLossyChange(known.type, to)) {
        migration.add(
          'lossy-type-change',
          callName,
          field,
          fn,
          call,
          false,
          `${describeType(known.type)} -> ${describeType(to)}${known.source ? `, the type ${known.source} give it` : ''}`,
        );
      }
      break;
    }
    case 'RunSQL': {
      const forward = arg(0, 'sql');
      const reverse = arg(1, 'reverse_sql');
      if (forward && !isNoop(forward)) migration.addSql(callName, forward, call, false);
      if (reverse && !isNoop(reverse)) migration.addSql(callName, reverse, call, true);
      break;
    }
    case 'RunPython': {
      for (const body of functionBodies(root, arg(0, 'code'))) migration.readCode(body, false);
      for (const body of functionBodies(root, arg(1, 'reverse_code'))) migration.readCode(body, true);
      break;
    }
    case 'SeparateDatabaseAndState': {
      // Only database_operations touch the database; state_operations change Django's model state.
      const database = arg(0, 'database_operations');
      if (database?.type === 'list')
        for (const op of callsIn(database)) readOperation(migration, op, root, fields, path);
      break;
    }
  }
  fields.record(call);
}

/** The app label Django gives a migration's folder: `billing` for `billing/migrations/0002_x.py`. */
function appLabel(path: string): string | undefined {
  return /(?:^|\/)(\w+)\/migrations\/[^/]+$/.exec(path)?.[1];
}

/** `{"managed": False}` in a model's options: false; true for True; undefined when it is not said. */
function managedOption(options: Node | undefined): boolean | undefined {
  if (options?.type !== 'dictionary') return undefined;
  for (const pair of options.namedChildren) {
    if (pair?.type !== 'pair' || pythonName(pair.childForFieldName('key') ?? undefined) !== 'managed') continue;
    const value = pair.childForFieldName('value')?.text;
    return value === 'False' ? false : value === 'True' ? true : undefined;
  }
  return undefined;
}

/** `{"db_table": "legacy_invoices"}` in CreateModel's options. */
function dbTable(options: Node | undefined): string | undefined {
  if (options?.type !== 'dictionary') return undefined;
  for (const pair of options.namedChildren) {
    if (pair?.type !== 'pair' || pythonName(pair.childForFieldName('key') ?? undefined) !== 'db_table') continue;
    const value = pythonName(pair.childForFieldName('value') ?? undefined);
    return value === '?' ? undefined : value;
  }
  return undefined;
}

function isNoop(node: Node): boolean {
  return /(?:^|\.)noop$/.test(node.text);
}

/**
 * The code a RunPython operation runs: the module-level function it names (directly or through
 * `functools.partial(f, ...)`), or its lambda, and the module-level functions that code calls.
 */
function functionBodies(root: Node, code: Node | undefined): Node[] {
  const bodies: Node[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const body = moduleFunction(root, name);
    if (!body) return;
    bodies.push(body);
    for (const call of descendants(body)) {
      const fn = call.type === 'call' ? call.childForFieldName('function') : null;
      if (fn?.type === 'identifier') visit(fn.text);
    }
  };
  const target = unwrapPartial(code);
  if (target?.type === 'lambda') bodies.push(target);
  else if (target?.type === 'identifier') visit(target.text);
  return bodies;
}

/** `functools.partial(f, "x")` and `partial(f, "x")` run `f`. */
function unwrapPartial(node: Node | undefined): Node | undefined {
  if (node?.type !== 'call') return node;
  const fn = node.childForFieldName('function')?.text;
  if (fn !== 'partial' && fn !== 'functools.partial') return node;
  return pythonArguments(node).positional[0];
}

function moduleFunction(root: Node, name: string): Node | undefined {
  for (const node of root.namedChildren) {
    const definition = node?.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    if (definition?.type === 'function_definition' && definition.childForFieldName('name')?.text === name) {
      return definition.childForFieldName('body') ?? undefined;
    }
  }
  return undefined;
}

function fieldKey(model: Node | undefined, field: Node | undefined): string {
  return `${pythonName(model).toLowerCase()}.${pythonName(field)}`;
}

/** Field types the migrations of this change define, so a later AlterField can be compared with them. */
class FieldHistory {
  private readonly types = new Map<string, ColumnType>();
  /** Model -> whether Django manages its table (`options={"managed": False}` says it does not). */
  private readonly managed = new Map<string, boolean>();
  private base: FieldHistory | undefined | null = null;

  /** `base`: the app's migrations in the base tree, asked only for a field this change never defined. */
  constructor(private readonly readBase: () => FieldHistory | undefined = () => undefined) {}

  typeOf(key: string): ColumnType | undefined {
    return this.types.get(key);
  }

  /** The field's type before this operation, and whether this change or the base tree said it. */
  known(key: string): { type: ColumnType; source?: string } | undefined {
    const own = this.types.get(key);
    if (own) return { type: own };
    if (this.base === null) this.base = this.readBase();
    const type = this.base?.typeOf(key);
    return type ? { type, source: "the app's earlier migrations" } : undefined;
  }

  /**
   * Where the model was last declared unmanaged, when it was: this change's migrations or the
   * app's earlier ones in the base tree. Undefined for a managed or unknown model.
   */
  unmanaged(model: string): string | undefined {
    const own = this.managed.get(model);
    if (own !== undefined) return own ? undefined : 'its migrations';
    if (this.base === null) this.base = this.readBase();
    return this.base?.managed.get(model) === false ? "the app's earlier migrations" : undefined;
  }

  record(call: Node): void {
    const { positional, keywords } = pythonArguments(call);
    const arg = (index: number, keyword: string) => keywords.get(keyword) ?? positional[index];
    const name = operationName(call);
    if (name === 'CreateModel' || name === 'AlterModelOptions') {
      const model = pythonName(arg(0, 'name')).toLowerCase();
      const managed = managedOption(arg(name === 'CreateModel' ? 2 : 1, 'options'));
      if (managed !== undefined || name === 'CreateModel') this.managed.set(model, managed ?? true);
    }
    if (name === 'DeleteModel') this.managed.delete(pythonName(arg(0, 'name')).toLowerCase());
    switch (name) {
      case 'CreateModel': {
        const model = pythonName(arg(0, 'name')).toLowerCase();
        const list = arg(1, 'fields');
        for (const item of list?.namedChildren ?? []) {
          if (item?.type !== 'tuple') continue;
          const [name, field] = item.namedChildren;
          const type = fieldType(field ?? undefined);
          if (name && type) this.types.set(`${model}.${pythonName(name)}`, type);
        }
        break;
      }
      case 'AddField':
      case 'AlterField': {
        const type = fieldType(arg(2, 'field'));
        if (type) this.types.set(fieldKey(arg(0, 'model_name'), arg(1, 'name')), type);
        break;
      }
      case 'RemoveField':
        this.types.delete(fieldKey(arg(0, 'model_name'), arg(1, 'name')));
        break;
      case 'RenameField': {
        const from = fieldKey(arg(0, 'model_name'), arg(1, 'old_name'));
        const type = this.types.get(from);
        this.types.delete(from);
        if (type) this.types.set(fieldKey(arg(0, 'model_name'), arg(2, 'new_name')), type);
        break;
      }
      case 'RenameModel': {
        const from = `${pythonName(arg(0, 'old_name')).toLowerCase()}.`;
        const to = `${pythonName(arg(1, 'new_name')).toLowerCase()}.`;
        for (const [key, type] of [...this.types]) {
          if (!key.startsWith(from)) continue;
          this.types.delete(key);
          this.types.set(to + key.slice(from.length), type);
        }
        break;
      }
      case 'DeleteModel': {
        const model = `${pythonName(arg(0, 'name')).toLowerCase()}.`;
        for (const key of [...this.types.keys()]) if (key.startsWith(model)) this.types.delete(key);
        break;
      }
    }
  }
}

/** `models.CharField(max_length=50)` as a column type; undefined for a field that is not a call. */
function fieldType(field: Node | undefined): ColumnType | undefined {
  if (field?.type !== 'call') return undefined;
  const name = operationName(field);
  const { keywords } = pythonArguments(field);
  const number = (key: string) => {
    const value = keywords.get(key);
    return value?.type === 'integer' ? Number(value.text) : undefined;
  };
  const string = (fallback: number) => ({ family: 'string' as const, limit: number('max_length') ?? fallback });
  switch (name) {
    case 'CharField':
      return { family: 'string', ...(number('max_length') === undefined ? {} : { limit: number('max_length')! }) };
    case 'SlugField':
      return string(50);
    case 'EmailField':
      return string(254);
    case 'URLField':
      return string(200);
    case 'TextField':
      return { family: 'text' };
    case 'SmallIntegerField':
    case 'PositiveSmallIntegerField':
    case 'SmallAutoField':
      return { family: 'integer', bytes: 2 };
    case 'IntegerField':
    case 'PositiveIntegerField':
    case 'AutoField':
      return { family: 'integer', bytes: 4 };
    case 'BigIntegerField':
    case 'PositiveBigIntegerField':
    case 'BigAutoField':
      return { family: 'integer', bytes: 8 };
    case 'DecimalField': {
      const precision = number('max_digits');
      const scale = number('decimal_places');
      return {
        family: 'decimal',
        ...(precision === undefined ? {} : { precision }),
        ...(scale === undefined ? {} : { scale }),
      };
    }
    case 'FloatField':
      return { family: 'float' };
    case 'BooleanField':
    case 'NullBooleanField':
      return { family: 'boolean' };
    case 'DateField':
      return { family: 'date' };
    case 'DateTimeField':
      return { family: 'datetime' };
    case 'TimeField':
      return { family: 'time' };
    default:
      return { family: 'other', name };
  }
}
