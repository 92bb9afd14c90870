import type { Node } from 'web-tree-sitter';
import { decodeEscape, descendants, isDynamic, StringBuilder, type StringValue } from './syntax.js';

/** Methods that return their receiver's SQL reformatted without changing what it does. */
const SQL_PRESERVING = new Set([
  'squish',
  'strip',
  'chomp',
  'freeze',
  'dup',
  'to_s',
  'lstrip',
  'rstrip',
  'strip_heredoc',
]);

/**
 * Reads a Ruby expression that should be a SQL string: literals ('…', "…", %q(), %Q(), "a" "b",
 * heredocs) are read with their file offsets; interpolation, `+`, `%`, `format` and values
 * the file does not spell out are dynamic. `heredocBody` finds the body of a heredoc opener.
 */
export function readRubyString(
  node: Node,
  heredocBody: (opener: Node) => Node | undefined,
  resolveName: (name: Node) => Node | undefined,
  depth = 0,
): StringValue {
  switch (node.type) {
    case 'string':
      return readLiteral(node);
    case 'chained_string': {
      const out = new StringBuilder();
      for (const part of node.namedChildren) {
        if (!part) continue;
        const value = readLiteral(part);
        if (isDynamic(value)) return value;
        out.append(value);
      }
      return out.value();
    }
    case 'heredoc_beginning': {
      const body = heredocBody(node);
      return body ? readHeredoc(body, node.text) : { dynamic: 'a heredoc whose body could not be found' };
    }
    case 'parenthesized_statements': {
      const inner = node.namedChildren.filter((c) => c !== null);
      return inner.length === 1
        ? readRubyString(inner[0]!, heredocBody, resolveName, depth)
        : { dynamic: 'an expression' };
    }
    case 'call': {
      const method = node.childForFieldName('method')?.text ?? '';
      const receiver = node.childForFieldName('receiver');
      if (receiver && SQL_PRESERVING.has(method) && !node.childForFieldName('arguments')) {
        return readRubyString(receiver, heredocBody, resolveName, depth);
      }
      return { dynamic: method === 'format' || method === 'sprintf' ? 'format' : `a call of ${method}` };
    }
    case 'binary': {
      const operator = node.childForFieldName('operator')?.text;
      if (operator === '%') return { dynamic: '% format' };
      if (operator === '+') return { dynamic: 'concatenation' };
      return { dynamic: 'an expression' };
    }
    case 'identifier':
    case 'constant': {
      const assigned = depth < 3 ? resolveName(node) : undefined;
      return assigned ? readRubyString(assigned, heredocBody, resolveName, depth + 1) : { dynamic: 'a variable' };
    }
    default:
      return { dynamic: 'an expression' };
  }
}

function readLiteral(node: Node): StringValue {
  if (node.type !== 'string') return { dynamic: 'an expression' };
  const opener = node.child(0)?.text ?? '"';
  const singleQuoted = opener === "'" || opener.startsWith('%q') || opener.startsWith('%w');
  const out = new StringBuilder();
  for (const part of node.namedChildren) {
    if (!part) continue;
    if (part.type === 'interpolation') return { dynamic: 'string interpolation' };
    if (part.type === 'escape_sequence') out.escape(decodeEscape(part.text), part.startIndex, part.endIndex);
    else if (singleQuoted) readSingleQuoted(out, part.text, part.startIndex);
    else out.raw(part.text, part.startIndex);
  }
  const closer = node.child(node.childCount - 1);
  out.endAt(closer ? closer.startIndex : node.endIndex);
  return out.value();
}

/** Inside '…' only \\ and \' are escapes. */
function readSingleQuoted(out: StringBuilder, text: string, start: number): void {
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\' && (text[i + 1] === '\\' || text[i + 1] === "'")) {
      out.escape(text[i + 1]!, start + i, start + i + 2);
      i += 2;
    } else {
      out.raw(text[i]!, start + i);
      i += 1;
    }
  }
}

function readHeredoc(body: Node, opener: string): StringValue {
  // <<~'SQL' does not interpolate or unescape; tree-sitter already reads its #{...} as text.
  const quoted = opener.includes("'");
  const source = body.text;
  const out = new StringBuilder();
  let cursor = body.startIndex;
  const copyUpTo = (offset: number) => {
    if (offset > cursor) out.raw(source.slice(cursor - body.startIndex, offset - body.startIndex), cursor);
    cursor = Math.max(cursor, offset);
  };
  for (const part of body.namedChildren) {
    if (!part) continue;
    if (part.type === 'heredoc_end') break;
    if (part.type === 'interpolation' && !quoted) return { dynamic: 'string interpolation' };
    if (part.type === 'escape_sequence' && !quoted) {
      copyUpTo(part.startIndex);
      out.escape(decodeEscape(part.text), part.startIndex, part.endIndex);
      cursor = part.endIndex;
    }
  }
  const end = body.namedChildren.find((c) => c?.type === 'heredoc_end')?.startIndex ?? body.endIndex;
  copyUpTo(end);
  out.endAt(end);
  return out.value();
}

/** Heredoc bodies follow their openers in the same order, so the n-th opener owns the n-th body. */
export function heredocPairs(root: Node): Map<number, Node> {
  const openers: Node[] = [];
  const bodies: Node[] = [];
  for (const n of descendants(root)) {
    if (n.type === 'heredoc_beginning') openers.push(n);
    else if (n.type === 'heredoc_body') bodies.push(n);
  }
  const pairs = new Map<number, Node>();
  openers.forEach((opener, i) => {
    const body = bodies[i];
    if (body) pairs.set(opener.startIndex, body);
  });
  return pairs;
}
