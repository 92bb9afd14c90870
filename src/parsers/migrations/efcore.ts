import type { Node } from 'web-tree-sitter';
import { parserFor } from '../tree-sitter/loader.js';
import { failOnSyntaxError, MigrationCollector, spanOf } from './collector.js';
import { csSqlArgument, csStringValue } from './csharp-strings.js';
import { isLossyChange, typeChangeDetail } from './type-change.js';
import type { MigrationReader } from './types.js';
import { isEfCoreMigration } from './recognise.js';

/** Parameter names of each MigrationBuilder method, for calls that pass them by position. */
const PARAMETERS: Record<string, string[]> = {
  DropTable: ['name', 'schema'],
  DropColumn: ['name', 'table', 'schema'],
  DropForeignKey: ['name', 'table', 'schema'],
  AlterColumn: ['name', 'table', 'type'],
  Sql: ['sql', 'suppressTransaction'],
};

/** CLR types of AlterColumn<T> and oldClrType, as SQL types, for changes that give no store type. */
const CLR_TYPES: Record<string, string> = {
  byte: 'tinyint',
  short: 'smallint',
  int: 'integer',
  long: 'bigint',
  decimal: 'decimal',
  double: 'float',
  float: 'real',
  bool: 'boolean',
  DateTime: 'timestamp',
  DateTimeOffset: 'timestamp',
  DateOnly: 'date',
  Guid: 'uuid',
};

export const efCoreReader: MigrationReader = {
  framework: 'efcore',
  grammar: 'csharp',
  recognises: isEfCoreMigration,
  read(file) {
    const tree = parserFor('csharp').parse(file.text);
    if (!tree) throw new Error('could not be parsed as C#');
    try {
      failOnSyntaxError(tree.rootNode, 'C#');
      const out = new MigrationCollector();
      const src = file.text;
      for (const method of tree.rootNode.descendantsOfType('method_declaration')) {
        if (!method) continue;
        const name = method.childForFieldName('name')?.text;
        if (name !== 'Up' && name !== 'Down') continue;
        const builder = method.childForFieldName('parameters')?.namedChildren[0]?.childForFieldName('name')?.text;
        if (!builder) continue;
        readMethod(method, builder, src, name === 'Down', out);
      }
      return out.result();
    } finally {
      tree.delete();
    }
  },
};

interface BuilderCall {
  node: Node;
  method: string;
  /** The method name as written: where the caret goes. */
  name: Node;
  args: Map<string, Node>;
  /** `AlterColumn<decimal>`: the column's new CLR type. */
  typeArgument?: string;
}

/** Calls on the MigrationBuilder parameter, with arguments by name (positional ones named from PARAMETERS). */
function builderCalls(method: Node, builder: string): BuilderCall[] {
  const calls: BuilderCall[] = [];
  for (const node of method.descendantsOfType('invocation_expression')) {
    const callee = node?.childForFieldName('function');
    if (!node || callee?.type !== 'member_access_expression') continue;
    if (callee.childForFieldName('expression')?.text !== builder) continue;
    let name = callee.childForFieldName('name');
    if (!name) continue;
    let typeArgument: string | undefined;
    if (name.type === 'generic_name') {
      typeArgument = name.namedChildren[1]?.namedChildren[0]?.text;
      name = name.namedChildren[0] ?? name;
    }
    const method = name.text;
    const args = new Map<string, Node>();
    const positional = PARAMETERS[method] ?? [];
    let index = 0;
    for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (arg?.type !== 'argument') continue;
      const label = arg.childForFieldName('name')?.text;
      const value = arg.namedChildren[arg.namedChildren.length - 1];
      if (!value) continue;
      const key = label ?? positional[index];
      index++;
      if (key) args.set(key, value);
    }
    const call: BuilderCall = { node, method, name, args };
    if (typeArgument !== undefined) call.typeArgument = typeArgument;
    calls.push(call);
  }
  return calls;
}

function readMethod(method: Node, builder: string, src: string, rollbackOnly: boolean, out: MigrationCollector): void {
  const calls = builderCalls(method, builder);
  const text = (call: BuilderCall, key: string) => csStringValue(call.args.get(key), src);
  const qualified = (call: BuilderCall, name: string | undefined) => {
    const schema = text(call, 'schema');
    return `${schema ? `${schema}.` : ''}${name ?? '?'}`;
  };
  // EF names a foreign key FK_{table}_{principal}_{column}: dropping it with its column drops a reference.
  const droppedForeignKeys = calls.filter((c) => c.method === 'DropForeignKey');
  for (const call of calls) {
    const span = spanOf(call.name);
    const unit = spanOf(call.node);
    if (call.method === 'DropTable') {
      const target = qualified(call, text(call, 'name'));
      out.operation({ kind: 'drop-table', call: 'DropTable', target, span, unit, rollbackOnly });
    } else if (call.method === 'DropColumn') {
      const table = text(call, 'table');
      const column = text(call, 'name') ?? '?';
      const reference = droppedForeignKeys.some(
        (fk) => text(fk, 'table') === table && (text(fk, 'name') ?? '').endsWith(`_${column}`),
      );
      out.operation({
        kind: reference ? 'drop-reference' : 'drop-column',
        call: reference ? 'DropForeignKey + DropColumn' : 'DropColumn',
        target: `${qualified(call, table)}.${column}`,
        span,
        unit,
        rollbackOnly,
      });
    } else if (call.method === 'AlterColumn') {
      const to = storeType(call, src, '');
      const from = storeType(call, src, 'old');
      if (!to || !isLossyChange(from, to)) continue;
      out.operation({
        kind: 'lossy-type-change',
        call: 'AlterColumn',
        target: `${qualified(call, text(call, 'table'))}.${text(call, 'name') ?? '?'}`,
        detail: typeChangeDetail(from, to),
        span,
        unit,
        rollbackOnly,
      });
    } else if (call.method === 'Sql') {
      const sql = call.args.get('sql');
      if (sql) out.sqlArgument(csSqlArgument(sql, src), 'migrationBuilder.Sql', span, unit, rollbackOnly);
    }
    // DeleteData deletes the rows its keys name: bounded, not reported.
  }
}

/**
 * The column type an AlterColumn sets (`type`, `maxLength`, `precision`) or had (`oldType`,
 * `oldMaxLength`, `oldClrType`), as SQL; undefined when the call does not say.
 */
function storeType(call: BuilderCall, src: string, prefix: '' | 'old'): string | undefined {
  const key = (name: string) => (prefix ? `old${name[0]!.toUpperCase()}${name.slice(1)}` : name);
  const number = (name: string) => {
    const value = call.args.get(key(name));
    return value?.type === 'integer_literal' ? Number(value.text) : undefined;
  };
  const declared = csStringValue(call.args.get(key('type')), src);
  if (declared) return declared;
  const clr = prefix ? call.args.get('oldClrType')?.childForFieldName('type')?.text : call.typeArgument;
  const maxLength = number('maxLength');
  if (clr === 'string' || (clr === undefined && maxLength !== undefined)) {
    return maxLength === undefined ? 'nvarchar(max)' : `nvarchar(${maxLength})`;
  }
  const base = clr === undefined ? undefined : CLR_TYPES[clr.replace(/\?$/, '')];
  if (base === 'decimal') {
    const precision = number('precision');
    return precision === undefined ? 'decimal(18,2)' : `decimal(${precision},${number('scale') ?? 0})`;
  }
  return base;
}
