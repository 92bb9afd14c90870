import type { Node } from 'web-tree-sitter';
import { createdTables, withoutOwnReversals, type Creations } from './reversals.js';
import { pythonArguments, pythonName, readPythonString } from './python-strings.js';
import { descendants, isDynamic, spanOf, toOffsetMap } from './syntax.js';
import type { DynamicSql, EmbeddedSql, MigrationDocument, MigrationOperation } from './types.js';

/** Methods of a connection, cursor, `op` or `schema_editor` that send SQL to the database. */
const EXECUTE_METHODS = new Set(['execute', 'exec_driver_sql', 'executescript']);
/** Managers and querysets that keep every row: `Model.objects.all().delete()` deletes them all. */
const MANAGERS = new Set(['objects', '_default_manager', '_base_manager']);
const UNNARROWING = new Set(['all', 'iterator', 'select_related', 'prefetch_related', 'order_by', 'only', 'defer']);

type Read = Omit<MigrationDocument, 'path' | 'text' | 'framework'>;

/** What a Python migration (Django or Alembic) does, collected as the reader walks it. */
export class PythonMigration {
  readonly operations: MigrationOperation[] = [];
  readonly sql: EmbeddedSql[] = [];
  readonly dynamicSql: DynamicSql[] = [];
  /** Tables and columns created going forward: dropping them on rollback undoes the migration's own work. */
  readonly created: Creations = new Map();

  result(): Read {
    return {
      operations: withoutOwnReversals(this.operations, this.created),
      sql: this.sql,
      dynamicSql: this.dynamicSql,
      createdTables: createdTables(this.created),
      creates: [...this.created.keys()],
    };
  }

  add(
    kind: MigrationOperation['kind'],
    call: string,
    target: string,
    span: Node,
    unit: Node,
    rollbackOnly: boolean,
    detail?: string,
    downgradedBecause?: string,
  ): void {
    const operation: MigrationOperation = { kind, call, target, span: spanOf(span), unit: spanOf(unit), rollbackOnly };
    if (detail !== undefined) operation.detail = detail;
    if (downgradedBecause !== undefined) operation.downgradedBecause = downgradedBecause;
    this.operations.push(operation);
  }

  /** A SQL string (or list of them, as RunSQL takes) run by `call`. */
  addSql(call: string, argument: Node, unit: Node, rollbackOnly: boolean): void {
    if (argument.type === 'list' || argument.type === 'tuple') {
      for (const item of argument.namedChildren) {
        if (!item || item.type === 'comment') continue;
        // RunSQL([("UPDATE … %s", [params])]): the statement is the first element.
        const statement = item.type === 'tuple' ? item.namedChildren.find((c) => c !== null) : item;
        if (statement) this.addSql(call, statement, unit, rollbackOnly);
      }
      return;
    }
    const value = readPythonString(argument);
    if (isDynamic(value)) {
      this.dynamicSql.push({ call, reason: value.dynamic, span: spanOf(argument), unit: spanOf(unit), rollbackOnly });
      return;
    }
    this.sql.push({ text: value.text, toFile: toOffsetMap(value), call, unit: spanOf(unit), rollbackOnly });
  }

  /**
   * Reads the body of a function that runs during the migration (an Alembic upgrade(), a Django
   * RunPython function): SQL it executes and rows it deletes without a filter.
   */
  readCode(body: Node, rollbackOnly: boolean, skip: (call: Node) => boolean = () => false): void {
    for (const call of descendants(body)) {
      if (call.type !== 'call' || skip(call)) continue;
      const fn = call.childForFieldName('function');
      if (fn?.type !== 'attribute') continue;
      const method = fn.childForFieldName('attribute')?.text ?? '';
      const { positional, keywords } = pythonArguments(call);
      if (EXECUTE_METHODS.has(method)) {
        const statement = positional[0] ?? keywords.get('sqltext') ?? keywords.get('statement');
        if (statement) this.readExecuted(fn.text, statement, call, rollbackOnly);
      } else if (EDITOR_DROPS.has(method) && isSchemaEditor(fn.childForFieldName('object'))) {
        // RunPython(apps, schema_editor): schema_editor.delete_model(Model) is DeleteModel by hand.
        const model = editorArgument(positional[0]);
        const field = positional[1] ? `.${editorArgument(positional[1])}` : '';
        const kind = method === 'delete_model' ? 'drop-table' : 'drop-column';
        this.add(
          kind,
          fn.text,
          kind === 'drop-table' ? model : `${model}${field}`,
          fn.childForFieldName('attribute')!,
          call,
          rollbackOnly,
        );
      } else if (method === 'delete' && positional.length === 0 && keywords.size === 0) {
        const model =
          unfilteredModel(fn.childForFieldName('object')) ?? loopedModel(fn.childForFieldName('object'), body);
        if (model)
          this.add(
            'unbounded-delete',
            `${model.call}.delete()`,
            model.name,
            fn.childForFieldName('attribute')!,
            call,
            rollbackOnly,
          );
      }
    }
  }

  /** A statement given to execute(): SQL text, or a SQLAlchemy construct such as `table.delete()`. */
  private readExecuted(call: string, statement: Node, unit: Node, rollbackOnly: boolean): void {
    const construct = sqlalchemyDelete(statement);
    if (construct === 'bounded') return;
    if (construct) {
      this.add('unbounded-delete', construct.call, construct.table, construct.span, unit, rollbackOnly);
      return;
    }
    this.addSql(call, statement, unit, rollbackOnly);
  }
}

/** Schema editor methods that drop a model's table or a field's column. */
const EDITOR_DROPS = new Set(['delete_model', 'remove_field']);

/** `Cart`, `"coupon"`, `Cart._meta.get_field("coupon")` (as `coupon`): what a schema editor call names. */
function editorArgument(node: Node | undefined): string {
  if (node?.type === 'call' && /(?:^|\.)get_field$/.test(node.childForFieldName('function')?.text ?? '')) {
    return pythonName(pythonArguments(node).positional[0]);
  }
  return pythonName(node) === '?' ? (node?.text ?? '?') : pythonName(node);
}

/** `schema_editor` (RunPython's second argument) or an `editor` from `connection.schema_editor()`. */
function isSchemaEditor(node: Node | null): boolean {
  return node?.type === 'identifier' && /(?:^|_)editor$/.test(node.text);
}

/**
 * `for row in Model.objects.all(): row.delete()` and `[r.delete() for r in Model.objects.iterator()]`:
 * deleting each row of an unfiltered queryset deletes them all.
 */
function loopedModel(object: Node | null, scope: Node): { name: string; call: string } | undefined {
  if (object?.type !== 'identifier') return undefined;
  for (let n: Node | null = object.parent; n && n.id !== scope.id; n = n.parent) {
    const loops =
      n.type === 'for_statement'
        ? [n]
        : n.type === 'list_comprehension' || n.type === 'generator_expression'
          ? n.namedChildren.filter((c): c is Node => c?.type === 'for_in_clause')
          : [];
    for (const loop of loops) {
      if (loop.childForFieldName('left')?.text !== object.text) continue;
      const model = unfilteredModel(loop.childForFieldName('right'));
      if (model) return { name: model.name, call: `for ${object.text} in ${model.call}: ${object.text}` };
    }
  }
  return undefined;
}

/** `Model.objects`, `Model.objects.all()`, `Model.objects.filter()`: the model when nothing narrows the rows. */
function unfilteredModel(node: Node | null): { name: string; call: string } | undefined {
  const call = node?.text.replace(/\s+/g, '') ?? '';
  for (let n = node; n;) {
    if (n.type === 'call') {
      const fn = n.childForFieldName('function');
      const method = fn?.type === 'attribute' ? (fn.childForFieldName('attribute')?.text ?? '') : '';
      const hasArgs = (n.childForFieldName('arguments')?.namedChildren.length ?? 0) > 0;
      // session.query(User).delete(): the query of a whole model.
      const queried = pythonArguments(n).positional[0];
      if (method === 'query' && queried) return { name: queried.text, call };
      const unnarrowing = UNNARROWING.has(method) || ((method === 'filter' || method === 'exclude') && !hasArgs);
      if (!unnarrowing) return undefined;
      n = fn?.childForFieldName('object') ?? null;
    } else if (n.type === 'attribute') {
      const attribute = n.childForFieldName('attribute')?.text ?? '';
      if (!MANAGERS.has(attribute)) return undefined;
      const model = n.childForFieldName('object');
      return model ? { name: model.text, call } : undefined;
    } else return undefined;
  }
  return undefined;
}

/**
 * `sa.delete(t)`, `delete(t)`, `t.delete()`: an unbounded delete unless a `.where(...)` narrows
 * it; `bounded` when one does; undefined for anything that is not a delete construct.
 */
function sqlalchemyDelete(node: Node): { call: string; table: string; span: Node } | 'bounded' | undefined {
  let bounded = false;
  for (let n: Node | null = node; n?.type === 'call';) {
    const fn: Node | null = n.childForFieldName('function');
    if (!fn) return undefined;
    const name = fn.type === 'attribute' ? (fn.childForFieldName('attribute')?.text ?? '') : fn.text;
    if (name === 'where' || name === 'filter' || name === 'filter_by') bounded = true;
    if (name === 'delete' || name.endsWith('.delete')) {
      if (bounded) return 'bounded';
      // sa.delete(users) names the table as its argument; users.delete() as its object.
      const argument = pythonArguments(n).positional[0];
      const table =
        argument?.text ?? (fn.type === 'attribute' ? fn.childForFieldName('object')?.text : undefined) ?? '?';
      return { call: `${fn.text}()`, table, span: fn.type === 'attribute' ? fn.childForFieldName('attribute')! : fn };
    }
    n = fn.type === 'attribute' ? fn.childForFieldName('object') : null;
  }
  return undefined;
}
