import type { Node, Tree } from 'web-tree-sitter';
import type { Span } from '../../../core/types.js';
import { parserFor, type GrammarName } from '../../tree-sitter/loader.js';

const SCRIPT = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/i;

/** Whether the path is a JavaScript or TypeScript source file. */
export function isScriptPath(path: string): boolean {
  return SCRIPT.test(path);
}

/** The grammar a JS/TS file parses with, by extension (TSX needs its own grammar for `<`). */
export function scriptGrammar(path: string): GrammarName {
  if (/\.tsx$/i.test(path)) return 'tsx';
  if (/\.[cm]?ts$/i.test(path)) return 'typescript';
  return 'javascript';
}

export function parseScript(path: string, text: string): Tree {
  const tree = parserFor(scriptGrammar(path)).parse(text);
  if (!tree) throw new Error(`${path}: the ${scriptGrammar(path)} parser returned no tree`);
  return tree;
}

export function spanOf(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/** Every call expression in the tree, in source order. */
export function callsIn(tree: Tree): Node[] {
  return tree.rootNode.descendantsOfType('call_expression').filter((n): n is Node => n !== null);
}

/** The method a call invokes: `dropTable` in `knex.schema.dropTable(...)`, `knex` in `knex('t')`. */
export function calledName(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (!callee) return undefined;
  if (callee.type === 'identifier') return callee.text;
  if (callee.type === 'member_expression') return callee.childForFieldName('property')?.text;
  return undefined;
}

/** What the method is called on: `knex.schema` in `knex.schema.dropTable(...)`. */
export function receiverOf(call: Node): Node | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'member_expression') return undefined;
  return callee.childForFieldName('object') ?? undefined;
}

/** The call's arguments, without the punctuation and comments. */
export function argumentsOf(call: Node): Node[] {
  const args = call.childForFieldName('arguments');
  return args ? args.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment') : [];
}

/** The callee as written, for messages: `knex.schema.dropTable`, `queryRunner.query`. */
export function calleeText(call: Node): string {
  const callee = call.childForFieldName('function');
  if (!callee) return call.text;
  // A chained receiver (`knex('t').where(...).del`) is shortened to its method.
  return /[()\n]/.test(callee.text) ? (calledName(call) ?? callee.text) : callee.text;
}

/**
 * The calls a receiver chain is built from, innermost first: for `knex('t').where(x).del()` the
 * receiver of `del` gives [`knex('t')`, `.where(x)`].
 */
export function chainCalls(receiver: Node | undefined): Node[] {
  const calls: Node[] = [];
  let current = receiver;
  while (current) {
    if (current.type === 'call_expression') {
      calls.unshift(current);
      current = receiverOf(current) ?? undefined;
    } else if (current.type === 'member_expression') {
      current = current.childForFieldName('object') ?? undefined;
    } else if (current.type === 'await_expression' || current.type === 'parenthesized_expression') {
      current = current.namedChild(0) ?? undefined;
    } else break;
  }
  return calls;
}

const FUNCTIONS = new Set([
  'function_expression',
  'function',
  'arrow_function',
  'function_declaration',
  'generator_function_declaration',
  'method_definition',
]);

/** The name a function is known by: its declaration, the property or variable it is assigned to. */
function functionName(fn: Node): string | undefined {
  const own = fn.childForFieldName('name');
  if (own) return own.text;
  const parent = fn.parent;
  if (!parent) return undefined;
  if (parent.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  if (parent.type === 'pair') return parent.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '');
  if (parent.type === 'assignment_expression') {
    const left = parent.childForFieldName('left');
    if (left?.type === 'member_expression') return left.childForFieldName('property')?.text;
    return left?.text;
  }
  return undefined;
}

/** Whether the node runs only on rollback: inside a function named `down` (exports.down, down(), { down }). */
export function inDown(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (!FUNCTIONS.has(current.type)) continue;
    const name = functionName(current);
    if (name === 'down') return true;
    if (name === 'up') return false;
  }
  return false;
}

/**
 * Whether a call's value is handed to another construct rather than run as a statement:
 * `defaultTo(knex.raw('now()'))` builds a fragment, `await knex.raw('...')` runs SQL.
 */
export function isFragment(call: Node): boolean {
  let current = call;
  while (current.parent && current.parent.type === 'parenthesized_expression') current = current.parent;
  const parent = current.parent;
  if (!parent) return false;
  return ['arguments', 'pair', 'array', 'variable_declarator', 'template_substitution', 'binary_expression'].includes(
    parent.type,
  );
}

/** The object literal's `key: value` pairs by key name. */
export function objectPairs(node: Node | undefined): Map<string, Node> {
  const pairs = new Map<string, Node>();
  if (node?.type !== 'object') return pairs;
  for (const child of node.namedChildren) {
    if (child?.type === 'pair') {
      const key = child.childForFieldName('key');
      const value = child.childForFieldName('value');
      if (key && value) pairs.set(key.text.replace(/^['"]|['"]$/g, ''), value);
    } else if (child?.type === 'shorthand_property_identifier') {
      pairs.set(child.text, child);
    }
  }
  return pairs;
}
