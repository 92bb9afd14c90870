import type { Node } from 'web-tree-sitter';
import { ancestor, decodeEscape, descendants, isDynamic, StringBuilder, type StringValue } from './syntax.js';

/** Wrappers that pass their SQL through unchanged: `sa.text("…")`, `text("…")`, `literal_column`. */
const SQL_WRAPPERS = new Set(['text', 'sa.text', 'sqlalchemy.text', 'sql.text', 'textwrap.dedent', 'dedent']);
const SQL_PRESERVING_METHODS = new Set(['strip', 'lstrip', 'rstrip']);

/**
 * Reads a Python expression that should be a SQL string: literals (with prefixes, triple quotes,
 * implicit concatenation), `sa.text(...)`, and names assigned once from such a literal. f-strings,
 * `%` and `.format()` formatting and `+` on a value the file does not spell out are dynamic.
 */
export function readPythonString(node: Node, depth = 0): StringValue {
  switch (node.type) {
    case 'string':
      return readLiteral(node);
    case 'concatenated_string': {
      const out = new StringBuilder();
      for (const part of node.namedChildren) {
        if (!part || part.type === 'comment') continue;
        const value = readLiteral(part);
        if (isDynamic(value)) return value;
        out.append(value);
      }
      return out.value();
    }
    case 'parenthesized_expression': {
      const inner = node.namedChildren.filter((c) => c !== null && c.type !== 'comment');
      return inner.length === 1 ? readPythonString(inner[0]!, depth) : { dynamic: 'an expression' };
    }
    case 'call': {
      const fn = node.childForFieldName('function');
      const args = node.childForFieldName('arguments')?.namedChildren.filter((c) => c !== null && c.type !== 'comment');
      if (fn?.type === 'attribute') {
        const method = fn.childForFieldName('attribute')?.text ?? '';
        if (method === 'format') return { dynamic: '.format()' };
        const object = fn.childForFieldName('object');
        if (SQL_PRESERVING_METHODS.has(method) && object && args?.length === 0) return readPythonString(object, depth);
      }
      if (fn && SQL_WRAPPERS.has(fn.text) && args?.[0] && args[0].type !== 'keyword_argument') {
        return readPythonString(args[0], depth);
      }
      return { dynamic: `a call of ${fn?.text ?? 'a function'}` };
    }
    case 'binary_operator': {
      const operator = node.childForFieldName('operator')?.text;
      if (operator === '%') return { dynamic: '% format' };
      if (operator === '+') return { dynamic: 'concatenation' };
      return { dynamic: 'an expression' };
    }
    case 'identifier': {
      const assigned = depth < 3 ? assignedValue(node) : undefined;
      return assigned ? readPythonString(assigned, depth + 1) : { dynamic: 'a variable' };
    }
    default:
      return { dynamic: 'an expression' };
  }
}

function readLiteral(node: Node): StringValue {
  if (node.type !== 'string') return { dynamic: 'an expression' };
  const start = node.namedChildren.find((c) => c?.type === 'string_start');
  const prefix = (start?.text ?? '"').replace(/["']+$/, '').toLowerCase();
  const raw = prefix.includes('r');
  const out = new StringBuilder();
  for (const part of node.namedChildren) {
    if (!part) continue;
    if (part.type === 'interpolation') return { dynamic: 'an f-string' };
    if (part.type === 'string_end') {
      out.endAt(part.startIndex);
      continue;
    }
    if (part.type !== 'string_content') continue;
    const text = part.text;
    let cursor = part.startIndex;
    for (const escape of part.namedChildren) {
      if (!escape || raw || escape.type !== 'escape_sequence') continue;
      if (escape.startIndex > cursor)
        out.raw(text.slice(cursor - part.startIndex, escape.startIndex - part.startIndex), cursor);
      out.escape(decodeEscape(escape.text), escape.startIndex, escape.endIndex);
      cursor = escape.endIndex;
    }
    if (part.endIndex > cursor) out.raw(text.slice(cursor - part.startIndex), cursor);
  }
  return out.value();
}

/** The value of a name assigned exactly once in its function, else once at module level. */
export function assignedValue(name: Node): Node | undefined {
  const fn = ancestor(name, ['function_definition']);
  const inFunction = fn ? assignmentsOf(fn, name.text) : [];
  if (inFunction.length > 0) return inFunction.length === 1 ? inFunction[0] : undefined;
  let module: Node = name;
  while (module.parent) module = module.parent;
  const atModule = assignmentsOf(module, name.text).filter(
    (n) => !ancestor(n, ['function_definition', 'class_definition']),
  );
  return atModule.length === 1 ? atModule[0] : undefined;
}

function assignmentsOf(scope: Node, name: string): Node[] {
  const values: Node[] = [];
  for (const n of descendants(scope)) {
    if (n.type === 'assignment' && n.childForFieldName('left')?.text === name) {
      const right = n.childForFieldName('right');
      if (right) values.push(right);
    }
  }
  return values;
}

/** Positional and keyword arguments of a call. */
export function pythonArguments(call: Node): { positional: Node[]; keywords: Map<string, Node> } {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (!arg || arg.type === 'comment') continue;
    if (arg.type === 'keyword_argument') {
      const key = arg.childForFieldName('name')?.text;
      const value = arg.childForFieldName('value');
      if (key && value) keywords.set(key, value);
    } else positional.push(arg);
  }
  return { positional, keywords };
}

/** A literal string's value (`"orders"`), or `?` when it is computed. */
export function pythonName(node: Node | undefined): string {
  if (!node) return '?';
  const value = readPythonString(node, 3);
  return isDynamic(value) ? '?' : value.text;
}
