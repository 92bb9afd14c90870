import type { Node } from 'web-tree-sitter';
import { parserFor } from '../tree-sitter/loader.js';
import { failOnSyntaxError, MigrationCollector, spanOf } from './collector.js';
import { exArguments, exCallName, exCalls, exFunctionName, exName, exReceiver, exSqlArgument } from './elixir-ast.js';
import { isLossyChange, typeChangeDetail } from './type-change.js';
import type { MigrationReader } from './types.js';
import { isEctoMigration } from './recognise.js';

export const ectoReader: MigrationReader = {
  framework: 'ecto',
  grammar: 'elixir',
  recognises: isEctoMigration,
  read(file) {
    const tree = parserFor('elixir').parse(file.text);
    if (!tree) throw new Error('could not be parsed as Elixir');
    try {
      failOnSyntaxError(tree.rootNode, 'Elixir');
      const out = new MigrationCollector();
      for (const call of exCalls(tree.rootNode)) {
        // change/0 and up/0 run forward; down/0 only on rollback.
        const rollbackOnly = exFunctionName(call) === 'down';
        const name = exCallName(call);
        if (name === 'drop' || name === 'drop_if_exists') readDrop(call, name, rollbackOnly, out);
        else if (name === 'remove' || name === 'remove_if_exists') readRemove(call, name, rollbackOnly, out);
        else if (name === 'modify') readModify(call, rollbackOnly, out);
        else if (name === 'execute') readExecute(call, rollbackOnly, out);
        else if (name === 'delete_all') readDeleteAll(call, rollbackOnly, out);
      }
      return out.result();
    } finally {
      tree.delete();
    }
  },
};

/** The call to a table: `table(:users)` in `alter table(:users) do ... end`. */
function tableOf(node: Node | undefined): string | undefined {
  if (node?.type !== 'call' || exCallName(node) !== 'table') return undefined;
  return exName(exArguments(node).positional[0]) ?? '?';
}

/** The table of the `alter table(:t) do ... end` block a call is in. */
function alteredTable(call: Node): string {
  for (let n: Node | null = call.parent; n; n = n.parent) {
    if (n.type === 'call' && exCallName(n) === 'alter') return tableOf(exArguments(n).positional[0]) ?? '?';
  }
  return '?';
}

function calleeSpan(call: Node) {
  return spanOf(call.childForFieldName('target') ?? call);
}

/** `drop table(:x)`, `drop_if_exists table("x")`; indexes and constraints hold no data. */
function readDrop(call: Node, name: string, rollbackOnly: boolean, out: MigrationCollector): void {
  const table = tableOf(exArguments(call).positional[0]);
  if (table === undefined) return;
  out.operation({
    kind: 'drop-table',
    call: name,
    target: table,
    span: calleeSpan(call),
    unit: spanOf(call),
    rollbackOnly,
  });
}

/** `remove :fax`, `remove :account_id, references(:accounts)`, `remove_if_exists :fax, :string`. */
function readRemove(call: Node, name: string, rollbackOnly: boolean, out: MigrationCollector): void {
  const [column, type] = exArguments(call).positional;
  const target = `${alteredTable(call)}.${exName(column) ?? '?'}`;
  const reference = type?.type === 'call' && exCallName(type) === 'references';
  out.operation({
    kind: reference ? 'drop-reference' : 'drop-column',
    call: name,
    target,
    span: calleeSpan(call),
    unit: spanOf(call),
    rollbackOnly,
  });
}

/** `modify :price, :integer, from: :decimal`: lossy when the new type cannot hold every old value. */
function readModify(call: Node, rollbackOnly: boolean, out: MigrationCollector): void {
  const { positional, keywords } = exArguments(call);
  const [column, typeNode] = positional;
  const to = sqlType(typeNode, keywords);
  if (!to) return;
  const fromNode = keywords.get('from');
  const from = fromNode ? sqlTypeOfFrom(fromNode) : undefined;
  if (!isLossyChange(from, to)) return;
  out.operation({
    kind: 'lossy-type-change',
    call: 'modify',
    target: `${alteredTable(call)}.${exName(column) ?? '?'}`,
    detail: typeChangeDetail(from, to),
    span: calleeSpan(call),
    unit: spanOf(call),
    rollbackOnly,
  });
}

/** `from: :decimal` or `from: {:string, size: 255}`. */
function sqlTypeOfFrom(node: Node): string | undefined {
  if (node.type !== 'tuple') return sqlType(node, new Map());
  const [type, options] = node.namedChildren;
  const keywords = new Map<string, Node>();
  if (options?.type === 'keywords') {
    for (const pair of options.namedChildren) {
      const key = pair?.childForFieldName('key')?.text.replace(/:\s*$/, '');
      const value = pair?.childForFieldName('value');
      if (key && value) keywords.set(key, value);
    }
  }
  return type ? sqlType(type, keywords) : undefined;
}

const ECTO_TYPES: Record<string, string> = {
  integer: 'integer',
  bigint: 'bigint',
  smallint: 'smallint',
  id: 'bigint',
  text: 'text',
  boolean: 'boolean',
  float: 'float',
  date: 'date',
  time: 'time',
  naive_datetime: 'timestamp',
  naive_datetime_usec: 'timestamp',
  utc_datetime: 'timestamp',
  utc_datetime_usec: 'timestamp',
  map: 'jsonb',
  binary: 'bytea',
  uuid: 'uuid',
  binary_id: 'uuid',
};

/** An Ecto column type as SQL: `:string, size: 50` is `varchar(50)`; a string names the database type. */
function sqlType(node: Node | undefined, keywords: Map<string, Node>): string | undefined {
  if (!node) return undefined;
  const number = (key: string) => {
    const value = keywords.get(key);
    return value?.type === 'integer' ? Number(value.text.replace(/_/g, '')) : undefined;
  };
  if (node.type === 'string') return exName(node);
  if (node.type !== 'atom') return undefined;
  const type = node.text.slice(1);
  if (type === 'string') return `varchar(${number('size') ?? 255})`;
  if (type === 'decimal') {
    const precision = number('precision');
    return precision === undefined ? 'decimal' : `decimal(${precision},${number('scale') ?? 0})`;
  }
  return ECTO_TYPES[type] ?? type;
}

/** `execute "SQL"`; `execute "up SQL", "down SQL"` runs its second argument only on rollback. */
function readExecute(call: Node, rollbackOnly: boolean, out: MigrationCollector): void {
  const [forward, backward] = exArguments(call).positional;
  const span = calleeSpan(call);
  const unit = spanOf(call);
  // execute(fn) and execute(&fun/0) run Elixir code, not SQL.
  if (!forward || forward.type === 'anonymous_function' || forward.type === 'unary_operator') return;
  out.sqlArgument(exSqlArgument(forward), 'execute', span, unit, rollbackOnly);
  if (backward && backward.type !== 'anonymous_function' && backward.type !== 'unary_operator')
    out.sqlArgument(exSqlArgument(backward), 'execute (rollback)', span, unit, true);
}

/** `repo().delete_all(from u in "users")`, `Repo.delete_all(User)`, a pipe into `repo().delete_all()`: no `where`. */
function readDeleteAll(call: Node, rollbackOnly: boolean, out: MigrationCollector): void {
  if (!exReceiver(call)) return;
  let query = exArguments(call).positional[0];
  let unit = call;
  if (!query && call.parent?.type === 'binary_operator' && call.parent.childForFieldName('operator')?.text === '|>') {
    unit = call.parent;
    query = call.parent.childForFieldName('left') ?? undefined;
  }
  if (!query || isBounded(query)) return;
  out.operation({
    kind: 'unbounded-delete',
    call: `${exReceiver(call)!.text}.delete_all`,
    target: queryTarget(query),
    span: spanOf(call.childForFieldName('target')?.childForFieldName('right') ?? call),
    unit: spanOf(unit),
    rollbackOnly,
  });
}

/** An Ecto query with a `where:` keyword or a `where(...)` step anywhere in it (read by the code family too). */
export function isBounded(query: Node): boolean {
  if (query.type === 'keywords' || query.type === 'pair') {
    if (query.type === 'pair' && /^where\b/.test(query.childForFieldName('key')?.text ?? '')) return true;
  }
  if (query.type === 'call' && /^(where|or_where|limit|first)$/.test(exCallName(query) ?? '')) return true;
  return query.namedChildren.some((c) => c !== null && isBounded(c));
}

function queryTarget(query: Node): string {
  if (query.type === 'alias') return query.text;
  const named = exName(query);
  if (named) return named;
  for (const source of query.descendantsOfType(['string', 'alias'])) {
    if (source) return source.type === 'alias' ? source.text : (exName(source) ?? '?');
  }
  return '?';
}
