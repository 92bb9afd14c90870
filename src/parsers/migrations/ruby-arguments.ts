import type { Node } from 'web-tree-sitter';
import { typeFromName, type ColumnType } from './column-types.js';

/** A Ruby call's arguments: positional ones, and `key: value` options (from pairs or a trailing hash). */
export function argumentsOf(call: Node): { positional: Node[]; options: Map<string, Node> } {
  const positional: Node[] = [];
  const options = new Map<string, Node>();
  const args = call.childForFieldName('arguments');
  for (const arg of args?.namedChildren ?? []) {
    if (!arg) continue;
    if (arg.type === 'pair') {
      addOption(options, arg);
    } else if (arg.type === 'hash') {
      for (const pair of arg.namedChildren) if (pair?.type === 'pair') addOption(options, pair);
    } else if (arg.type !== 'block_argument' && arg.type !== 'comment') positional.push(arg);
  }
  return { positional, options };
}

function addOption(options: Map<string, Node>, pair: Node): void {
  const key = pair.childForFieldName('key');
  const value = pair.childForFieldName('value');
  if (key && value) options.set(key.text.replace(/^:|:$/g, '').replace(/^["']|["']$/g, ''), value);
}

/** `:orders`, `"orders"`, `'orders'`; `?` when the name is computed. */
export function nameOf(node: Node | undefined): string {
  if (!node) return '?';
  if (node.type === 'simple_symbol') return node.text.slice(1);
  if (node.type === 'string' && !node.namedChildren.some((c) => c?.type === 'interpolation')) {
    return node.namedChildren.map((c) => c?.text ?? '').join('');
  }
  if (node.type === 'delimited_symbol') return node.text.slice(2, -1);
  return '?';
}

/** A column type from its name node (`:decimal`) and `limit:`/`precision:`/`scale:` options; `name` when the type is a method (`t.decimal`). */
export function typeOf(typeNode: Node, options: Map<string, Node>, name?: string): ColumnType {
  const number = (key: string) => {
    const value = options.get(key);
    return value?.type === 'integer' ? Number(value.text) : undefined;
  };
  const extra: { limit?: number; precision?: number; scale?: number } = {};
  for (const key of ['limit', 'precision', 'scale'] as const) {
    const value = number(key);
    if (value !== undefined) extra[key] = value;
  }
  return typeFromName(name ?? nameOf(typeNode), extra);
}
