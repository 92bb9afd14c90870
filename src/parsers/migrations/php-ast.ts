import type { Node } from 'web-tree-sitter';

const CALLS = new Set([
  'member_call_expression',
  'scoped_call_expression',
  'function_call_expression',
  'nullsafe_member_call_expression',
]);

export function isPhpCall(node: Node): boolean {
  return CALLS.has(node.type);
}

/** The called method's or function's name: `drop` in `Schema::drop(...)`, `addSql` in `$this->addSql(...)`. */
export function phpCallName(call: Node): Node | null {
  return call.childForFieldName(call.type === 'function_call_expression' ? 'function' : 'name');
}

/** The argument values in order (named arguments included, their names dropped). */
export function phpArguments(call: Node): Node[] {
  const list = call.childForFieldName('arguments');
  if (!list) return [];
  return list.namedChildren
    .filter((a): a is Node => a !== null && a.type === 'argument')
    .map((a) => a.namedChildren[a.namedChildren.length - 1]!)
    .filter((v) => v !== undefined);
}

/** What a call is made on: `$table` in `$table->dropColumn()`, `Schema` in `Schema::drop()`, null for a function. */
export function phpReceiver(call: Node): Node | null {
  if (call.type === 'scoped_call_expression') return call.childForFieldName('scope');
  if (call.type === 'function_call_expression') return null;
  return call.childForFieldName('object');
}

/** The calls of a fluent chain from the first to `call`: `DB::table('t')`, `->where(...)`, `->delete()`. */
export function phpChain(call: Node): Node[] {
  const chain: Node[] = [];
  let current: Node | null = call;
  while (current && isPhpCall(current)) {
    chain.unshift(current);
    current = phpReceiver(current);
  }
  return chain;
}

/** A class name as written (`DB`, `\DB`, `Illuminate\Support\Facades\DB`) without its namespace. */
export function phpClassName(node: Node | null): string | undefined {
  if (!node || !['name', 'qualified_name', 'relative_name'].includes(node.type)) return undefined;
  return node.text.split('\\').pop();
}

/** The method every node is inside: `up`, `down`, a helper, or undefined at class or file level. */
export function phpMethodName(node: Node): string | undefined {
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if (n.type === 'method_declaration') return n.childForFieldName('name')?.text;
  }
  return undefined;
}

export function phpCalls(root: Node): Node[] {
  return root.descendantsOfType([...CALLS]).filter((n): n is Node => n !== null);
}
