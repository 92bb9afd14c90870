import type { Node } from 'web-tree-sitter';
import type { CodeArg, CodeCall } from '../../../../parsers/code/read.js';
import type { CodeDocument } from '../document.js';
import { tautologyText } from './conditions.js';
import { quoted, type WholeTable } from './types.js';

/**
 * Python ORMs that delete a whole table when nothing narrows them: SQLAlchemy's `delete(Order)`
 * statement, `session.query(Order).delete()` and Flask-SQLAlchemy's `Order.query.delete()` (past
 * empty or always-true filters), a Core table's `orders.delete()` handed to execute, Tortoise's
 * `Order.all().delete()`, peewee's `Order.delete().execute()` and `truncate_table()`.
 */
export function pythonWholeTable(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  switch (call.name) {
    case 'delete':
      return sqlalchemyStatement(doc, call) ?? sessionQuery(call) ?? tortoiseDelete(call) ?? coreTableDelete(call);
    case 'execute':
      return peeweeDelete(call);
    case 'truncate_table':
      return call.args.length === 0 && /^[A-Z]/.test(call.receiver.at(-1) ?? '')
        ? { messageId: 'wipe', data: { what: 'empties the table (TRUNCATE)' } }
        : undefined;
    default:
      return undefined;
  }
}

/** SQLAlchemy filter steps: they narrow unless their condition holds for every row. */
const FILTERS = new Set(['where', 'filter', 'filter_by']);
/** Steps that keep every row selected. */
const KEEP_ALL = new Set(['execution_options', 'options', 'order_by', 'returning', 'enable_eagerloads', 'with_hint']);

/**
 * A SQLAlchemy condition every row meets: `true()`, `sa.true()`, `literal(True)`, `text("1=1")`,
 * `Order.id.isnot(None)`, `Order.id != None`, `Order.id > 0`.
 */
function alwaysTrue(node: Node): boolean {
  const text = node.text.replace(/\s+/g, '');
  if (/^((sa|sqlalchemy|sql)\.)?(true\(\)|literal\(True\)|True)$/.test(text)) return true;
  const raw = /^((sa|sqlalchemy|sql)\.)?text\((['"])(.*)\3\)$/.exec(text);
  if (raw && tautologyText(raw[4]!)) return true;
  return /^\w+(\.__table__\.c)?\.(id|pk)(\.(isnot|is_not)\(None\)|!=None|>0|>=0)$/.test(text);
}

/** Arguments of a filter step that narrow nothing: none, or all always true (keyword filters always narrow). */
function narrowsNothing(args: CodeArg[]): boolean {
  return args.every((a) => a.key === undefined && alwaysTrue(a.value));
}

/** The steps after `node` in its chain: `.where(...)` in `delete(Order).where(...).execution_options()`. */
function stepsAfter(node: Node): { name: string; args: Node[]; text: string }[] {
  const steps: { name: string; args: Node[]; text: string }[] = [];
  for (let current = node; ;) {
    const attribute = current.parent;
    const outer = attribute?.parent;
    if (
      attribute?.type !== 'attribute' ||
      outer?.type !== 'call' ||
      attribute.childForFieldName('object')?.id !== current.id
    )
      break;
    const args = outer.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null) ?? [];
    const name = attribute.childForFieldName('attribute')?.text ?? '';
    steps.push({
      name,
      args,
      text: outer.text.slice(attribute.childForFieldName('attribute')!.startIndex - outer.startIndex),
    });
    current = outer;
  }
  return steps;
}

/** SQLAlchemy 2.0: `session.execute(delete(Order))`, `sa.delete(orders_table)`, no where. */
function sqlalchemyStatement(doc: CodeDocument, call: CodeCall): WholeTable | undefined {
  if (call.args.length !== 1 || call.args[0]!.key !== undefined) return undefined;
  const bare = call.receiver.length === 0 && importsFromSqlalchemy(doc.root, 'delete');
  const qualified = call.receiver.length === 1 && /^(sa|sqlalchemy|sql)$/.test(call.receiver[0]!);
  if (!bare && !qualified) return undefined;
  let condition: string | undefined;
  for (const step of stepsAfter(call.node)) {
    if (KEEP_ALL.has(step.name)) continue;
    if (!FILTERS.has(step.name) || !step.args.every((a) => a.type !== 'keyword_argument' && alwaysTrue(a)))
      return undefined;
    condition ??= quoted(step.text);
  }
  // `stmt = delete(Order)` then `stmt.where(...)` or `stmt = stmt.where(...)`: narrowed where it is used.
  const bound = call.node.parent?.type === 'assignment' ? call.node.parent.childForFieldName('left')?.text : undefined;
  if (bound !== undefined) {
    if (doc.scope.constants.get(bound) === null) return undefined;
    if (doc.calls.some((c) => c.receiver[0] === bound && FILTERS.has(c.name) && !narrowsNothing(c.args)))
      return undefined;
  }
  return condition ? { messageId: 'alwaysTrue', data: { condition } } : { messageId: 'queryDelete' };
}

/** Whether the module imports `name` from sqlalchemy (or one of its submodules). */
function importsFromSqlalchemy(root: Node, name: string): boolean {
  for (const statement of root.namedChildren) {
    if (statement?.type !== 'import_from_statement') continue;
    if (!/^sqlalchemy(\.|$)/.test(statement.childForFieldName('module_name')?.text ?? '')) continue;
    for (const imported of statement.childrenForFieldName('name')) {
      const alias = imported?.type === 'aliased_import' ? imported.childForFieldName('alias') : null;
      const original = imported?.type === 'aliased_import' ? imported.childForFieldName('name') : imported;
      if (original?.text === name && !alias) return true;
    }
  }
  return false;
}

/**
 * `session.query(Order).delete()`, `Order.query.filter().delete(synchronize_session=False)`:
 * the query's filters, if any, hold for every row.
 */
function sessionQuery(call: CodeCall): WholeTable | undefined {
  if (!call.args.every((a) => a.key === 'synchronize_session')) return undefined;
  const { receiver } = call;
  const session = receiver.lastIndexOf('query()');
  const flask = receiver.lastIndexOf('query');
  const start = session >= 1 ? session : flask >= 1 && /^[A-Z]/.test(receiver[flask - 1]!) ? flask : -1;
  if (start < 0) return undefined;
  let condition: string | undefined;
  for (const step of receiver.slice(start + 1)) {
    const name = step.replace(/\(\)$/, '');
    if (KEEP_ALL.has(name)) continue;
    if (!FILTERS.has(name)) return undefined;
  }
  // The filters' arguments: each must narrow nothing.
  for (const step of call.receiverCalls) {
    if (!FILTERS.has(step.name)) continue;
    if (!narrowsNothing(step.args)) return undefined;
    if (step.args.length > 0) condition ??= quoted(step.node.text.slice(step.nameSpan.start - step.node.startIndex));
  }
  return condition ? { messageId: 'alwaysTrue', data: { condition } } : { messageId: 'queryDelete' };
}

/** Tortoise ORM: `await Order.all().delete()`, `Order.filter().delete()` with no condition. */
function tortoiseDelete(call: CodeCall): WholeTable | undefined {
  if (call.args.length > 0 || call.receiver.length !== 2 || !/^[A-Z]/.test(call.receiver[0]!)) return undefined;
  const step = call.receiverCalls.at(-1);
  if (!step || (step.name !== 'all' && step.name !== 'filter') || step.args.length > 0) return undefined;
  return { messageId: 'queryDelete' };
}

/** SQLAlchemy Core: `conn.execute(orders.delete())`, a table's delete with no where, run as it is. */
function coreTableDelete(call: CodeCall): WholeTable | undefined {
  if (call.args.length > 0 || call.receiver.length === 0) return undefined;
  const list = call.node.parent;
  const outer = list?.parent;
  if (list?.type !== 'argument_list' || outer?.type !== 'call') return undefined;
  const method = outer.childForFieldName('function');
  const name = method?.type === 'attribute' ? method.childForFieldName('attribute')?.text : method?.text;
  if (name !== 'execute' || list.namedChildren[0]?.id !== call.node.id) return undefined;
  return { messageId: 'queryDelete' };
}

/** peewee: `Order.delete().execute()` with no where(). */
function peeweeDelete(call: CodeCall): WholeTable | undefined {
  const [first, ...rest] = call.receiverCalls;
  if (!first || first.name !== 'delete' || first.args.length > 0) return undefined;
  if (first.receiver.length !== 1 || !/^[A-Z]/.test(first.receiver[0]!)) return undefined;
  if (rest.some((s) => !KEEP_ALL.has(s.name))) return undefined;
  return { messageId: 'queryDelete' };
}
