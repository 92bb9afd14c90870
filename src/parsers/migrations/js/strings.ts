import type { Node } from 'web-tree-sitter';
import { fromOffsets, type OffsetMap } from '../../offset-map.js';

/** A string the source spells out in full, with where each decoded character sits in the file. */
export interface StaticString {
  text: string;
  toFile: OffsetMap;
}

/** Why a value is not a string the source spells out: `string interpolation`, `concatenation`, `a variable`. */
export interface BuiltString {
  dynamic: string;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/**
 * Decodes a JS/TS string argument: a quoted string, a template literal without substitutions, or
 * `+` of such pieces (long SQL split over lines). Anything built at run time says how it is built.
 */
export function readJsString(node: Node): StaticString | BuiltString {
  const decoded: Decoded = { chars: [], offsets: [], end: node.endIndex };
  const reason = collect(unwrap(node), decoded);
  if (reason !== undefined) return { dynamic: reason };
  return { text: decoded.chars.join(''), toFile: fromOffsets([...decoded.offsets, decoded.end]) };
}

export function isBuilt(value: StaticString | BuiltString): value is BuiltString {
  return 'dynamic' in value;
}

/** The literal text of a quoted string or plain template, or undefined for anything else. */
export function literalString(node: Node | null | undefined): string | undefined {
  if (!node || (node.type !== 'string' && node.type !== 'template_string')) return undefined;
  const value = readJsString(node);
  return isBuilt(value) ? undefined : value.text;
}

interface Decoded {
  chars: string[];
  /** The file offset of each decoded character. */
  offsets: number[];
  /** Just past the last character: the closing quote of the last literal. */
  end: number;
}

function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChild(0)) current = current.namedChild(0)!;
  return current;
}

function collect(node: Node, decoded: Decoded): string | undefined {
  switch (node.type) {
    case 'string':
    case 'template_string':
      return collectLiteral(node, decoded);
    case 'binary_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (node.childForFieldName('operator')?.type !== '+' || !left || !right) return 'an expression';
      const before = collect(unwrap(left), decoded);
      if (before !== undefined) return 'concatenation';
      return collect(unwrap(right), decoded) === undefined ? undefined : 'concatenation';
    }
    case 'identifier':
    case 'member_expression':
      return 'a variable';
    case 'call_expression':
      return 'a function call';
    default:
      return 'an expression';
  }
}

function collectLiteral(node: Node, decoded: Decoded): string | undefined {
  const { chars, offsets } = decoded;
  decoded.end = node.endIndex - 1;
  for (const child of node.children) {
    if (!child) continue;
    if (child.type === 'template_substitution') return 'string interpolation';
    if (child.type === 'string_fragment') {
      const text = child.text;
      for (let i = 0; i < text.length; i++) {
        chars.push(text[i]!);
        offsets.push(child.startIndex + i);
      }
    } else if (child.type === 'escape_sequence') {
      const value = decodeEscape(child.text);
      for (let i = 0; i < value.length; i++) {
        chars.push(value[i]!);
        offsets.push(child.startIndex);
      }
    }
  }
  return undefined;
}

/** One escape sequence's value; a line continuation decodes to nothing. */
function decodeEscape(escape: string): string {
  const body = escape.slice(1);
  if (body.startsWith('\r\n') || body.startsWith('\n') || body.startsWith('\u2028') || body.startsWith('\u2029'))
    return '';
  const simple = SIMPLE_ESCAPES[body];
  if (simple !== undefined) return simple;
  if (body.startsWith('x')) return String.fromCharCode(parseInt(body.slice(1), 16));
  if (body.startsWith('u{')) return String.fromCodePoint(parseInt(body.slice(2, -1), 16));
  if (body.startsWith('u')) return String.fromCharCode(parseInt(body.slice(1), 16));
  return body;
}
