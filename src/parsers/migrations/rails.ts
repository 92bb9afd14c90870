import type { Node } from 'web-tree-sitter';
import type { ChangeContext } from '../../core/checker.js';
import { parserFor } from '../tree-sitter/loader.js';
import { describeType, isLossyChange, type ColumnType } from './column-types.js';
import { wideningReason, type CurrentColumns } from './current-columns.js';
import { railsCurrentColumns } from './rails-schema.js';
import { argumentsOf, nameOf, typeOf } from './ruby-arguments.js';
import { createdTables, withoutOwnReversals, type Creations } from './reversals.js';
import { heredocPairs, readRubyString } from './ruby-strings.js';
import { ancestor, descendants, isDynamic, spanOf, syntaxErrorLine, toOffsetMap } from './syntax.js';
import type { DynamicSql, EmbeddedSql, MigrationDocument, MigrationOperation, MigrationReader } from './types.js';
import { isRailsMigration } from './recognise.js';

/** Connection methods that send a SQL string to the database. */
const SQL_METHODS = new Set(['execute', 'exec_query', 'exec_update', 'exec_delete', 'exec_insert']);
/** Relation methods that keep every row in scope: `Model.all.delete_all` still deletes them all. */
const UNSCOPED = new Set(['all', 'unscoped', 'in_batches', 'find_each', 'each', 'readonly']);
const DELETE_ALL = new Set(['delete_all', 'destroy_all']);
const DESTROYING_BLOCK = new Set(['&:destroy', '&:destroy!', '&:delete', '&:delete_all', '&:destroy_all']);

type Read = Omit<MigrationDocument, 'path' | 'text' | 'framework'>;

export const railsReader: MigrationReader = {
  framework: 'rails',
  grammar: 'ruby',
  recognises: isRailsMigration,
  read(file, context) {
    if (file.text === '') return { operations: [], sql: [], dynamicSql: [] };
    const tree = parserFor('ruby').parse(file.text);
    if (!tree) throw new Error('the Ruby parser returned no tree');
    try {
      const errorLine = syntaxErrorLine(tree.rootNode);
      if (errorLine !== undefined) throw new Error(`Ruby syntax error at line ${errorLine}`);
      // db/schema.rb is read only when a type change asks what the column is now.
      let current: CurrentColumns | undefined | null = null;
      const currentColumns = () =>
        current === null ? (current = railsCurrentColumns(file.path, context?.baseTree)) : current;
      const find = (className: string) => revertedMigrationText(className, file.path, context);
      return new RailsMigration(tree.rootNode, currentColumns, find).read();
    } finally {
      tree.delete();
    }
  },
};

class RailsMigration {
  private readonly operations: MigrationOperation[] = [];
  private readonly sql: EmbeddedSql[] = [];
  private readonly dynamicSql: DynamicSql[] = [];
  /** Tables and columns the migration creates going forward, so dropping them in `down` is its own undo. */
  private readonly created: Creations = new Map();
  /** What `change` creates (`revert ThisMigration` drops it), with the operation that undoes each. */
  private readonly creations: { kind: MigrationOperation['kind']; target: string }[] = [];
  private readonly heredocs: Map<number, Node>;

  constructor(
    private readonly root: Node,
    private readonly currentColumns: () => CurrentColumns | undefined = () => undefined,
    /** The text of the migration a `revert ClassName` names; undefined for a reverted migration itself. */
    private readonly findMigration?: (className: string) => string | undefined,
  ) {
    this.heredocs = heredocPairs(root);
  }

  read(): Read {
    for (const node of descendants(this.root)) if (node.type === 'call') this.readCall(node);
    return {
      operations: withoutOwnReversals(this.operations, this.created),
      sql: this.sql,
      dynamicSql: this.dynamicSql,
      createdTables: createdTables(this.created),
      creates: [...this.created.keys()],
    };
  }

  /**
   * What running this migration backwards does, as `revert ThisMigration` in another one runs it:
   * its rollback-only operations and SQL, and the undoing of what its `change` creates.
   */
  rollback(): { operations: Omit<MigrationOperation, 'span' | 'unit' | 'rollbackOnly'>[]; sql: string[] } {
    for (const node of descendants(this.root)) if (node.type === 'call') this.readCall(node);
    return {
      operations: [
        ...this.operations.filter((o) => o.rollbackOnly),
        ...this.creations.map((c) => ({ ...c, call: 'revert' })),
      ],
      sql: this.sql.filter((s) => s.rollbackOnly).map((s) => s.text),
    };
  }

  private readCall(call: Node): void {
    const method = call.childForFieldName('method');
    if (!method) return;
    const name = method.text;
    const receiver = call.childForFieldName('receiver');
    if (DELETE_ALL.has(name) || blockArgument(call) !== undefined) this.readDelete(call, name, receiver);
    const tableBlock = receiver ? changeTableOf(receiver) : undefined;
    if (tableBlock) return this.readTableCall(call, name, tableBlock);
    if (!isConnection(receiver)) return;
    const { positional, options } = argumentsOf(call);
    const table = nameOf(positional[0]);
    const reverted = insideRevert(call);
    const callName = reverted ? `revert { ${name} }` : name;
    const op = (kind: MigrationOperation['kind'], target: string, span: Node = method, detail?: string) =>
      this.add(call, kind, callName, target, span, detail);
    // Inside `revert { }` a removal runs backwards, as an addition: nothing stored is lost.
    if (reverted && REMOVALS.has(name)) return;
    switch (name) {
      case 'revert':
        if (!reverted) this.readRevert(call, positional);
        return;
      case 'drop_table':
        for (const arg of positional) op('drop-table', nameOf(arg), positional.length > 1 ? arg : method);
        return;
      case 'drop_join_table': {
        const joined = positional.map(nameOf).sort().join('_');
        op('drop-table', nameOf(options.get('table_name')) === '?' ? joined : nameOf(options.get('table_name')));
        return;
      }
      case 'create_table': {
        // Inside `revert { }` the table is dropped: the block runs backwards.
        if (reverted) return op('drop-table', table);
        this.create(call, 'drop-table', table);
        const force = options.get('force');
        if (force && force.type !== 'false' && force.text !== 'nil') op('drop-table', table, force.parent ?? method);
        return;
      }
      case 'create_join_table': {
        const joined =
          nameOf(options.get('table_name')) === '?'
            ? positional.map(nameOf).sort().join('_')
            : nameOf(options.get('table_name'));
        if (reverted) return op('drop-table', joined);
        this.create(call, 'drop-table', joined);
        // `force: true` (or `:cascade`) drops an existing join table first, as for create_table.
        const force = options.get('force');
        if (force && force.type !== 'false' && force.text !== 'nil') op('drop-table', joined, force.parent ?? method);
        return;
      }
      case 'add_column':
        if (reverted) return op('drop-column', `${table}.${nameOf(positional[1])}`);
        this.create(call, 'drop-column', `${table}.${nameOf(positional[1])}`);
        return;
      case 'add_reference':
      case 'add_belongs_to':
      case 'add_references':
        if (reverted) return op('drop-reference', `${table}.${nameOf(positional[1])}_id`);
        this.create(call, 'drop-reference', `${table}.${nameOf(positional[1])}_id`);
        return;
      case 'add_timestamps':
        if (reverted) return op('drop-column', `${table}.created_at and ${table}.updated_at`);
        this.create(call, 'drop-column', `${table}.created_at and ${table}.updated_at`);
        return;
      case 'remove_column':
        op('drop-column', `${table}.${nameOf(positional[1])}`);
        return;
      case 'remove_columns':
        for (const column of positional.slice(1)) op('drop-column', `${table}.${nameOf(column)}`, column);
        return;
      case 'remove_reference':
      case 'remove_belongs_to':
      case 'remove_references':
        op('drop-reference', `${table}.${nameOf(positional[1])}_id`);
        return;
      case 'remove_timestamps':
        op('drop-column', `${table}.created_at and ${table}.updated_at`);
        return;
      case 'change_column':
        this.readTypeChange(call, method, table, positional[1], positional[2], options);
        return;
      case 'truncate':
      case 'truncate_tables':
        for (const arg of positional) op('truncate', nameOf(arg), positional.length > 1 ? arg : method);
        return;
    }
    if (SQL_METHODS.has(name) && positional[0]) this.readSql(call, name, positional[0]);
  }

  /** `t.remove :a, :b`, `t.remove_references :user`, `t.change :price, :integer` inside change_table. */
  private readTableCall(call: Node, name: string, table: string): void {
    const method = call.childForFieldName('method')!;
    const { positional, options } = argumentsOf(call);
    if (insideRevert(call)) return this.readRevertedTableCall(call, name, table, positional);
    switch (name) {
      case 'remove':
        for (const column of positional) {
          this.add(
            call,
            'drop-column',
            `t.${name}`,
            `${table}.${nameOf(column)}`,
            positional.length > 1 ? column : method,
          );
        }
        return;
      case 'remove_references':
      case 'remove_belongs_to':
      case 'remove_reference':
        for (const ref of positional) {
          this.add(
            call,
            'drop-reference',
            `t.${name}`,
            `${table}.${nameOf(ref)}_id`,
            positional.length > 1 ? ref : method,
          );
        }
        return;
      case 'remove_timestamps':
        this.add(call, 'drop-column', `t.${name}`, `${table}.created_at and ${table}.updated_at`, method);
        return;
      case 'change':
        this.readTypeChange(call, method, table, positional[0], positional[1], options, `t.${name}`);
        return;
    }
  }

  /** `t.string :x` inside `revert { change_table ... }` drops the column; `t.remove` adds it back. */
  private readRevertedTableCall(call: Node, name: string, table: string, positional: Node[]): void {
    const method = call.childForFieldName('method')!;
    if (name === 'timestamps') {
      this.add(call, 'drop-column', `revert { t.${name} }`, `${table}.created_at and ${table}.updated_at`, method);
      return;
    }
    const reference = name === 'references' || name === 'belongs_to';
    if (!reference && !COLUMN_TYPES.has(name)) return;
    // `t.column :x, :string` names one column; `t.string :a, :b` names several.
    const columns = name === 'column' ? positional.slice(0, 1) : positional;
    for (const column of columns) {
      const target = `${table}.${nameOf(column)}${reference ? '_id' : ''}`;
      const span = columns.length > 1 ? column : method;
      this.add(call, reference ? 'drop-reference' : 'drop-column', `revert { t.${name} }`, target, span);
    }
  }

  /**
   * `revert CreateCoupons`: runs that migration backwards, so what its `change` creates and what its
   * `down` does happen here, at this call. A migration that cannot be found cannot be judged.
   */
  private readRevert(call: Node, classes: Node[]): void {
    for (const node of classes) {
      if (node.type !== 'constant' && node.type !== 'scope_resolution') continue;
      const className = node.text.slice(node.text.lastIndexOf(':') + 1);
      const text = this.findMigration?.(className);
      const rollback = text === undefined ? undefined : readRollback(text);
      if (!rollback) {
        this.dynamicSql.push({
          call: 'revert',
          reason: `undoing ${className}, a migration whose file two-key could not read`,
          span: spanOf(node),
          unit: spanOf(call),
          rollbackOnly: isRollback(call),
        });
        continue;
      }
      for (const o of rollback.operations) {
        this.add(call, o.kind, `revert ${className}`, o.target, node, o.detail);
      }
      // Its rollback SQL runs here: every character of it is reported at the class name.
      for (const text of rollback.sql) {
        const at = node.startIndex;
        this.sql.push({
          text,
          toFile: () => at,
          call: `revert ${className}`,
          unit: spanOf(call),
          rollbackOnly: isRollback(call),
        });
      }
    }
  }

  /** A creation going forward: undone by its own `down` (not destructive) or by `revert`ing this migration. */
  private create(call: Node, undo: MigrationOperation['kind'], target: string): void {
    if (isRollback(call)) return;
    // `if_not_exists: true` succeeds on a table or column that already holds data: a later drop of
    // it is no undo of this migration's own work.
    const ifNotExists = argumentsOf(call).options.get('if_not_exists');
    if (ifNotExists === undefined || ifNotExists.type === 'false' || ifNotExists.text === 'nil')
      this.created.set(target.toLowerCase(), call.endIndex);
    if (enclosingMethod(call) === 'change') this.creations.push({ kind: undo, target });
  }

  private readTypeChange(
    call: Node,
    method: Node,
    table: string,
    column: Node | undefined,
    typeNode: Node | undefined,
    options: Map<string, Node>,
    callName = method.text,
  ): void {
    if (!typeNode) return;
    const to = typeOf(typeNode, options);
    const columnName = nameOf(column);
    const restored = this.typeBefore(call, table, columnName);
    // Without a down that says, the schema file beside the migrations says what the column is now.
    const schema = restored || isRollback(call) ? undefined : this.currentColumns();
    const from = restored ?? schema?.typeOf(table, columnName);
    const target = `${table}.${columnName}`;
    // A column or table this migration has just created going forward holds no stored values yet.
    if (!isRollback(call) && (this.created.has(target.toLowerCase()) || this.created.has(table.toLowerCase()))) return;
    // A down that restores a type holds values written under the type up gave: it is judged blind,
    // and that type only clears it (up widened to 64, down back to 20 loses; up cut to 8, down to 20 does not).
    if (isRollback(call) && !isLossyChange(undefined, to)) return;
    if (!isLossyChange(from, to)) {
      if (from && schema && !restored && isLossyChange(undefined, to)) {
        // Blind, this change would block; the column's current type shows it keeps every value.
        const detail = `${describeType(from)} -> ${describeType(to)}`;
        const because = wideningReason(target, describeType(from), describeType(to), schema.source);
        this.add(call, 'lossy-type-change', callName, target, method, detail, because);
      }
      return;
    }
    const detail = `${from ? describeType(from) : 'current type unknown'} -> ${describeType(to)}`;
    this.add(call, 'lossy-type-change', callName, target, method, detail);
  }

  /**
   * The column's type before a forward change, where the migration itself says it: the type its
   * `down` restores (`up` changes to integer, `down` back to decimal).
   */
  private typeBefore(call: Node, table: string, column: string): ColumnType | undefined {
    // An up changes a column of the type down restores; a down, one of the type up leaves.
    const rollback = isRollback(call);
    let before: ColumnType | undefined;
    for (const other of descendants(this.root)) {
      if (other.type !== 'call' || other.id === call.id) continue;
      const name = other.childForFieldName('method')?.text;
      const { positional, options } = argumentsOf(other);
      if (name === 'change_column' && isRollback(other) !== rollback) {
        if (nameOf(positional[0]) === table && nameOf(positional[1]) === column && positional[2]) {
          before = typeOf(positional[2], options);
          // The first type down restores; the last one up leaves.
          if (!rollback) return before;
        }
      }
    }
    return before;
  }

  private readDelete(call: Node, name: string, receiver: Node | null): void {
    const block = blockArgument(call);
    if (block !== undefined && !DESTROYING_BLOCK.has(block)) return;
    const model = receiver ? unscopedModel(receiver) : undefined;
    if (!model) return;
    const callName = block === undefined ? name : `${name}(${block})`;
    this.add(call, 'unbounded-delete', callName, model, call.childForFieldName('method')!);
  }

  private readSql(call: Node, name: string, argument: Node): void {
    const value = readRubyString(
      argument,
      (opener) => this.heredocs.get(opener.startIndex),
      (n) => this.assignedValue(n),
    );
    const rollbackOnly = isRollback(call);
    if (isDynamic(value)) {
      this.dynamicSql.push({
        call: name,
        reason: value.dynamic,
        span: spanOf(argument),
        unit: spanOf(call),
        rollbackOnly,
      });
      return;
    }
    this.sql.push({ text: value.text, toFile: toOffsetMap(value), call: name, unit: spanOf(call), rollbackOnly });
  }

  /** The value of a local or constant assigned exactly once with `=`, in the method (locals) or the file (constants). */
  private assignedValue(name: Node): Node | undefined {
    const scope = name.type === 'constant' ? this.root : (ancestor(name, ['method', 'singleton_method']) ?? this.root);
    const values: Node[] = [];
    for (const n of descendants(scope)) {
      if (n.type === 'assignment' && n.childForFieldName('left')?.text === name.text) {
        const right = n.childForFieldName('right');
        if (right) values.push(right);
      }
    }
    return values.length === 1 ? values[0] : undefined;
  }

  private add(
    call: Node,
    kind: MigrationOperation['kind'],
    callName: string,
    target: string,
    span: Node,
    detail?: string,
    downgradedBecause?: string,
  ): void {
    const operation: MigrationOperation = {
      kind,
      call: callName,
      target,
      span: spanOf(span),
      unit: spanOf(call),
      rollbackOnly: isRollback(call),
    };
    if (detail !== undefined) operation.detail = detail;
    if (downgradedBecause !== undefined) operation.downgradedBecause = downgradedBecause;
    this.operations.push(operation);
  }
}

/** No receiver, `self`, `connection` or `X.connection`: the migration's own schema statements. */
function isConnection(receiver: Node | null): boolean {
  if (!receiver) return true;
  if (receiver.type === 'self') return true;
  if (receiver.type === 'identifier') return receiver.text === 'connection';
  return receiver.type === 'call' && receiver.childForFieldName('method')?.text === 'connection';
}

/** The table of a `change_table :t do |t|` block whose parameter is `receiver`. */
function changeTableOf(receiver: Node): string | undefined {
  if (receiver.type !== 'identifier') return undefined;
  for (let block = ancestor(receiver, ['do_block', 'block']); block; block = ancestor(block, ['do_block', 'block'])) {
    const params = block.childForFieldName('parameters');
    const owner = block.parent;
    if (!params || owner?.type !== 'call') continue;
    if (!params.namedChildren.some((p) => p?.text === receiver.text)) continue;
    if (owner.childForFieldName('method')?.text !== 'change_table') return undefined;
    return nameOf(argumentsOf(owner).positional[0]);
  }
  return undefined;
}

/** Inside the block of `revert do ... end` / `revert { ... }`, which runs its migration commands backwards. */
function insideRevert(node: Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if ((n.type === 'block' || n.type === 'do_block') && n.parent?.type === 'call') {
      const owner = n.parent;
      if (owner.childForFieldName('method')?.text === 'revert' && !owner.childForFieldName('receiver')) return true;
    }
    if (n.type === 'method') return false;
  }
  return false;
}

/** Inside `def down`, `def self.down` or `dir.down { }` of a reversible block. */
function isRollback(node: Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'method' || n.type === 'singleton_method') return n.childForFieldName('name')?.text === 'down';
    if ((n.type === 'block' || n.type === 'do_block') && n.parent?.type === 'call') {
      const owner = n.parent;
      // `revert { reversible { |dir| ... } }` runs dir.down going forward and dir.up on rollback.
      if (owner.childForFieldName('method')?.text === 'down' && owner.childForFieldName('receiver')) {
        return !insideRevert(owner);
      }
      if (owner.childForFieldName('method')?.text === 'up' && owner.childForFieldName('receiver')) {
        return insideRevert(owner);
      }
    }
  }
  return false;
}

/** `Model`, `Model.all`, `Model.unscoped.in_batches`: the model when nothing narrows the rows. */
function unscopedModel(receiver: Node): string | undefined {
  let node: Node | null = receiver;
  while (node?.type === 'call') {
    const method = node.childForFieldName('method')?.text ?? '';
    if (!UNSCOPED.has(method)) return undefined;
    node = node.childForFieldName('receiver');
  }
  if (node?.type === 'constant' || node?.type === 'scope_resolution') return node.text;
  return undefined;
}

/** `&:destroy` in `Model.find_each(&:destroy)`. */
function blockArgument(call: Node): string | undefined {
  const args = call.childForFieldName('arguments');
  const block = args?.namedChildren.find((c) => c?.type === 'block_argument');
  return block ? block.text.replace(/\s+/g, '') : undefined;
}

/** Methods whose reversal adds back what they remove: inside `revert { }` they destroy nothing. */
const REMOVALS = new Set([
  'drop_table',
  'drop_join_table',
  'remove_column',
  'remove_columns',
  'remove_reference',
  'remove_references',
  'remove_belongs_to',
  'remove_timestamps',
]);

/** `t.<type>` column definitions of a change_table block. */
const COLUMN_TYPES = new Set([
  'column',
  'string',
  'text',
  'integer',
  'bigint',
  'float',
  'decimal',
  'numeric',
  'datetime',
  'timestamp',
  'time',
  'date',
  'binary',
  'blob',
  'boolean',
  'json',
  'jsonb',
  'uuid',
  'citext',
  'hstore',
  'inet',
  'cidr',
  'interval',
  'virtual',
]);

/** The name of the `def` a node sits in (`change`, `up`, `down`), if any. */
function enclosingMethod(node: Node): string | undefined {
  const method = ancestor(node, ['method', 'singleton_method']);
  return method?.childForFieldName('name')?.text;
}

/** The rollback of a migration given as text, or undefined when it cannot be parsed. */
function readRollback(text: string): ReturnType<RailsMigration['rollback']> | undefined {
  const tree = parserFor('ruby').parse(text);
  if (!tree) return undefined;
  try {
    if (syntaxErrorLine(tree.rootNode) !== undefined) return undefined;
    return new RailsMigration(tree.rootNode).rollback();
  } finally {
    tree.delete();
  }
}

/** `CreateCouponsCustomers` as Rails names its file: `create_coupons_customers`. */
function underscore(className: string): string {
  return className
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * The text of the migration class `revert ClassName` names: Rails files a migration as
 * `<version>_<class_name>.rb` beside the others, so it is looked for in this change and then in the
 * base tree under that name, and must define the class.
 */
function revertedMigrationText(
  className: string,
  path: string,
  context: ChangeContext | undefined,
): string | undefined {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const suffix = `_${underscore(className)}.rb`;
  const defines = new RegExp(`^[ \\t]*class[ \\t]+(?:\\w+::)*${className}\\b`, 'm');
  const named = (p: string) => p.startsWith(folder) && !p.slice(folder.length).includes('/') && p.endsWith(suffix);
  for (const f of context?.files ?? []) {
    if (f.path !== path && f.headText !== undefined && named(f.path) && defines.test(f.headText)) return f.headText;
  }
  for (const p of context?.baseTree?.list(folder).filter(named) ?? []) {
    const text = context?.baseTree?.read(p);
    if (text !== undefined && defines.test(text)) return text;
  }
  return undefined;
}
