import type { Node } from 'web-tree-sitter';
import { DecodedBuilder, type SqlArgument } from './decoded-string.js';

/** PHP's double-quote and heredoc escapes that stand for one fixed character. */
const DOUBLE_QUOTED: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  v: '\v',
  e: '\x1b',
  f: '\f',
  '\\': '\\',
  $: '$',
  '"': '"',
};

/** Functions that build a string from a template and values: what they produce is only known at run time. */
const FORMATTERS = new Set(['sprintf', 'vsprintf', 'str_replace', 'implode', 'join', 'strtr', 'preg_replace']);

/**
 * The value of a PHP expression handed to a SQL call: a literal ('...', "...", nowdoc, heredoc,
 * or literals joined with `.`) with its characters mapped to the file, else why it is dynamic.
 */
export function phpSqlArgument(node: Node, src: string): SqlArgument {
  const literal = phpLiteral(node, src);
  if (literal instanceof DecodedBuilder) return { kind: 'static', ...literal.finish() };
  return { kind: 'dynamic', reason: literal };
}

/** A literal string's value, for table and column names. */
export function phpStringValue(node: Node | null | undefined, src: string): string | undefined {
  if (!node) return undefined;
  const literal = phpLiteral(node, src);
  return literal instanceof DecodedBuilder ? literal.finish().text : undefined;
}

function phpLiteral(node: Node, src: string): DecodedBuilder | string {
  switch (node.type) {
    case 'argument':
    case 'parenthesized_expression':
      return node.namedChildren[node.namedChildren.length - 1]
        ? phpLiteral(node.namedChildren[node.namedChildren.length - 1]!, src)
        : 'an empty argument';
    case 'string':
      return quoted(node, src, (escape) => escape.slice(1));
    case 'encapsed_string':
      return quoted(node, src, decodeDoubleQuoted);
    case 'nowdoc':
    case 'heredoc': {
      const body = node.childForFieldName('value');
      return body ? quoted(body, src, decodeDoubleQuoted, true) : new DecodedBuilder();
    }
    case 'binary_expression': {
      if (node.childForFieldName('operator')?.type !== '.') return 'an expression';
      const left = phpLiteral(node.childForFieldName('left')!, src);
      const right = phpLiteral(node.childForFieldName('right')!, src);
      if (left instanceof DecodedBuilder && right instanceof DecodedBuilder) return left.append(right);
      return 'concatenation';
    }
    case 'variable_name':
    case 'member_access_expression':
    case 'class_constant_access_expression':
      return 'a variable';
    case 'function_call_expression': {
      const name = node.childForFieldName('function')?.text.toLowerCase() ?? '';
      return FORMATTERS.has(name) ? `${name}()` : 'a function call';
    }
    default:
      return 'an expression';
  }
}

/**
 * The pieces of a quoted literal: runs copied as written, escapes decoded, anything else
 * interpolated. A heredoc or nowdoc body leaves its line breaks between content nodes, so there
 * the gaps are copied too.
 */
function quoted(node: Node, src: string, decode: (escape: string) => string, body = false): DecodedBuilder | string {
  const builder = new DecodedBuilder();
  let cursor = node.startIndex;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (body && child.startIndex > cursor) builder.verbatim(src, cursor, child.startIndex);
    cursor = child.endIndex;
    switch (child.type) {
      case 'string_content':
      case 'nowdoc_string':
        builder.verbatim(src, child.startIndex, child.endIndex);
        break;
      case 'escape_sequence':
        builder.decoded(decode(child.text), child.startIndex, child.endIndex);
        break;
      case 'heredoc_start':
      case 'heredoc_end':
        break;
      default:
        return 'string interpolation';
    }
  }
  if (body && node.endIndex > cursor) builder.verbatim(src, cursor, node.endIndex);
  return builder;
}

function decodeDoubleQuoted(escape: string): string {
  const body = escape.slice(1);
  if (body in DOUBLE_QUOTED) return DOUBLE_QUOTED[body]!;
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8) & 0xff);
  if (/^x[0-9a-fA-F]{1,2}$/.test(body)) return String.fromCharCode(parseInt(body.slice(1), 16));
  const unicode = /^u\{([0-9a-fA-F]+)\}$/.exec(body);
  if (unicode) return String.fromCodePoint(parseInt(unicode[1]!, 16));
  return escape;
}
