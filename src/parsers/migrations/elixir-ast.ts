import type { Node } from 'web-tree-sitter';
import { DecodedBuilder, type SqlArgument } from './decoded-string.js';

/** Elixir escapes that stand for one fixed character. */
const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  s: ' ',
  e: '\x1b',
  '0': '\0',
  a: '\x07',
  b: '\b',
  d: '\x7f',
  f: '\f',
  v: '\v',
};

/** The name of a call: `drop` in `drop table(:x)`, `delete_all` in `repo().delete_all(q)`. */
export function exCallName(call: Node): string | undefined {
  const target = call.childForFieldName('target');
  if (!target) return undefined;
  if (target.type === 'identifier') return target.text;
  if (target.type === 'dot') return target.childForFieldName('right')?.text;
  return undefined;
}

/** The receiver of a remote call: `repo()` in `repo().delete_all(q)`, `Repo` in `Repo.delete_all(q)`. */
export function exReceiver(call: Node): Node | null {
  const target = call.childForFieldName('target');
  return target?.type === 'dot' ? target.childForFieldName('left') : null;
}

/** Positional arguments, then the keyword list (`from: :decimal`) if there is one. */
export function exArguments(call: Node): { positional: Node[]; keywords: Map<string, Node> } {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  const list = call.namedChildren.find((c) => c?.type === 'arguments');
  for (const arg of list?.namedChildren ?? []) {
    if (!arg) continue;
    if (arg.type === 'keywords') {
      for (const pair of arg.namedChildren) {
        const key = pair?.childForFieldName('key')?.text.replace(/:\s*$/, '');
        const value = pair?.childForFieldName('value');
        if (key && value) keywords.set(key, value);
      }
    } else positional.push(arg);
  }
  return { positional, keywords };
}

export function exCalls(root: Node): Node[] {
  return root.descendantsOfType('call').filter((n): n is Node => n !== null);
}

/** The function (`def change`, `def up`, `def down`) a node is in. */
export function exFunctionName(node: Node): string | undefined {
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if (n.type !== 'call') continue;
    const keyword = exCallName(n);
    if (keyword !== 'def' && keyword !== 'defp') continue;
    const head = exArguments(n).positional[0];
    if (!head) return undefined;
    return head.type === 'call' ? exCallName(head) : head.text;
  }
  return undefined;
}

/** An atom or string naming a table or column: `:users`, `"users"`. */
export function exName(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'atom') return node.text.slice(1);
  if (node.type === 'string') {
    const value = exLiteral(node);
    return value instanceof DecodedBuilder ? value.finish().text : undefined;
  }
  return undefined;
}

export function exSqlArgument(node: Node): SqlArgument {
  const literal = exLiteral(node);
  if (literal instanceof DecodedBuilder) return { kind: 'static', ...literal.finish() };
  return { kind: 'dynamic', reason: literal };
}

/**
 * A string, heredoc or sigil with its characters mapped to the file; `<>` joins literals. Any
 * `#{...}` makes it dynamic. Uppercase sigils (`~S`) keep escapes as written.
 */
function exLiteral(node: Node): DecodedBuilder | string {
  const src = node.tree.rootNode.text;
  switch (node.type) {
    case 'string':
    case 'sigil': {
      const sigil = node.type === 'sigil' ? node.namedChildren.find((c) => c?.type === 'sigil_name')?.text : undefined;
      if (sigil !== undefined && !/^[sS]$/.test(sigil)) return `a ~${sigil} sigil`;
      const start = node.childForFieldName('quoted_start');
      const end = node.childForFieldName('quoted_end');
      if (!start || !end) return 'an expression';
      const raw = sigil === 'S';
      const builder = new DecodedBuilder();
      let cursor = start.endIndex;
      for (const child of node.namedChildren) {
        if (!child || child.startIndex < start.endIndex || child.endIndex > end.startIndex) continue;
        if (child.startIndex > cursor) builder.verbatim(src, cursor, child.startIndex);
        cursor = child.endIndex;
        if (child.type === 'quoted_content' || (raw && child.type === 'escape_sequence'))
          builder.verbatim(src, child.startIndex, child.endIndex);
        else if (child.type === 'escape_sequence')
          builder.decoded(decodeEscape(child.text), child.startIndex, child.endIndex);
        else if (child.type === 'interpolation') return 'string interpolation';
        else return 'an expression';
      }
      if (end.startIndex > cursor) builder.verbatim(src, cursor, end.startIndex);
      return builder;
    }
    case 'binary_operator': {
      const operator = node.childForFieldName('operator')?.text;
      if (operator !== '<>') return 'an expression';
      const left = exLiteral(node.childForFieldName('left')!);
      const right = exLiteral(node.childForFieldName('right')!);
      if (left instanceof DecodedBuilder && right instanceof DecodedBuilder) return left.append(right);
      return 'concatenation';
    }
    case 'identifier':
    case 'module_attribute':
    case 'unary_operator':
      return 'a variable';
    case 'call': {
      const name = exCallName(node);
      if (name === 'format' || name === 'sprintf' || name === 'join' || name === 'replace') return `${name}()`;
      return 'a function call';
    }
    default:
      return 'an expression';
  }
}

function decodeEscape(escape: string): string {
  const body = escape.slice(1);
  if (body in ESCAPES) return ESCAPES[body]!;
  const hex = /^x([0-9a-fA-F]{2})$|^x\{([0-9a-fA-F]+)\}$/.exec(body);
  if (hex) return String.fromCodePoint(parseInt(hex[1] ?? hex[2]!, 16));
  const unicode = /^u([0-9a-fA-F]{4})$|^u\{([0-9a-fA-F]+)\}$/.exec(body);
  if (unicode) return String.fromCodePoint(parseInt(unicode[1] ?? unicode[2]!, 16));
  // `\"`, `\\`, `\#`, and a backslash before a line break (which joins the lines).
  return body === '\n' ? '' : body;
}
