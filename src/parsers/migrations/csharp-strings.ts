import type { Node } from 'web-tree-sitter';
import { DecodedBuilder, type SqlArgument } from './decoded-string.js';

const ESCAPES: Record<string, string> = {
  "'": "'",
  '"': '"',
  '\\': '\\',
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** `string.Format`, `string.Concat`, `string.Join`: strings assembled at run time. */
const FORMATTERS = /^(string|String)\.(Format|Concat|Join)$|\.Replace$/;

export function csSqlArgument(node: Node, src: string): SqlArgument {
  const literal = csLiteral(node, src);
  if (literal instanceof DecodedBuilder) return { kind: 'static', ...literal.finish() };
  return { kind: 'dynamic', reason: literal };
}

export function csStringValue(node: Node | undefined, src: string): string | undefined {
  if (!node) return undefined;
  const literal = csLiteral(node, src);
  return literal instanceof DecodedBuilder ? literal.finish().text : undefined;
}

/**
 * A C# string literal ("...", @"...", """raw""", $"..." without holes, or literals joined by `+`)
 * with each character mapped to the file, else why it is only known at run time.
 */
function csLiteral(node: Node, src: string): DecodedBuilder | string {
  switch (node.type) {
    case 'parenthesized_expression':
      return node.namedChildren[0] ? csLiteral(node.namedChildren[0], src) : 'an expression';
    case 'string_literal':
      return pieces(node, src);
    case 'verbatim_string_literal':
      return verbatim(node, src);
    case 'raw_string_literal': {
      const builder = new DecodedBuilder();
      for (const child of node.namedChildren) {
        if (child?.type === 'raw_string_content') builder.verbatim(src, child.startIndex, child.endIndex);
      }
      return builder;
    }
    case 'interpolated_string_expression':
      return pieces(node, src);
    case 'binary_expression': {
      if (node.childForFieldName('operator')?.text !== '+') return 'an expression';
      const left = csLiteral(node.childForFieldName('left')!, src);
      const right = csLiteral(node.childForFieldName('right')!, src);
      if (left instanceof DecodedBuilder && right instanceof DecodedBuilder) return left.append(right);
      return 'concatenation';
    }
    case 'identifier':
    case 'member_access_expression':
      return 'a variable';
    case 'invocation_expression': {
      const callee = node.childForFieldName('function')?.text ?? '';
      return FORMATTERS.test(callee) ? `${callee}()` : 'a method call';
    }
    default:
      return 'an expression';
  }
}

/** A regular or interpolated literal: content runs, escapes, and (for `$"..."`) holes that make it dynamic. */
function pieces(node: Node, src: string): DecodedBuilder | string {
  const builder = new DecodedBuilder();
  const interpolated = node.type === 'interpolated_string_expression';
  const verbatimText = interpolated && /^(\$@|@\$)/.test(node.text);
  for (const child of node.namedChildren) {
    if (!child) continue;
    switch (child.type) {
      case 'string_literal_content':
      case 'string_content':
      case 'raw_string_content':
        if (interpolated) braces(builder, src, child.startIndex, child.endIndex, verbatimText);
        else builder.verbatim(src, child.startIndex, child.endIndex);
        break;
      case 'escape_sequence':
        builder.decoded(decodeEscape(child.text), child.startIndex, child.endIndex);
        break;
      case 'interpolation_start':
      case 'interpolation_quote':
        break;
      case 'interpolation':
        return 'string interpolation';
      default:
        return 'an expression';
    }
  }
  return builder;
}

/** In an interpolated literal without holes `{{` and `}}` stand for one brace (and `""` for a quote in `$@"..."`). */
function braces(builder: DecodedBuilder, src: string, start: number, end: number, verbatimText: boolean): void {
  for (let i = start; i < end; i++) {
    const pair = src.slice(i, i + 2);
    if (pair === '{{' || pair === '}}' || (verbatimText && pair === '""')) {
      builder.decoded(pair[0]!, i, i + 2);
      i++;
    } else builder.verbatim(src, i, i + 1);
  }
}

/** `@"..."`: no escapes, `""` is one quote. The literal is one token in the grammar. */
function verbatim(node: Node, src: string): DecodedBuilder {
  const builder = new DecodedBuilder();
  const start = node.startIndex + 2;
  const end = node.endIndex - 1;
  for (let i = start; i < end; i++) {
    if (src[i] === '"' && src[i + 1] === '"') {
      builder.decoded('"', i, i + 2);
      i++;
    } else builder.verbatim(src, i, i + 1);
  }
  return builder;
}

function decodeEscape(escape: string): string {
  const body = escape.slice(1);
  if (body in ESCAPES) return ESCAPES[body]!;
  const code = /^(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{1,4}))$/.exec(body);
  if (code) return String.fromCodePoint(parseInt(code[1] ?? code[2] ?? code[3]!, 16));
  return escape;
}
