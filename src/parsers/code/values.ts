import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';

/** Stands for one character only known at run time (a parameter, a call's result). */
export const UNKNOWN = '\u0000';

/**
 * A string value read from code, character by character: `at[i]` is the file offset the i-th
 * character came from (a substitution's characters all point at the substitution), and
 * `at[text.length]` is just past the last one.
 */
export interface CodeValue {
  text: string;
  at: number[];
  /**
   * Where text that reached the value through a name was written (`DROP` in `DROP.to_string()`
   * is the literal `const DROP: &str = "DROP TABLE …"`): `at` points at the name, this at the literal.
   */
  from?: Span[];
}

/** A string put together from known pieces at run time: `['Del', 'ete'].join('')`, `` `${a}${b}` ``. */
export interface Assembly {
  span: Span;
  text: string;
  pieces: string[];
}

/** A value rewritten at run time: `unicodedata.normalize('NFKC', s)`, `s.replace(/\u200b/g, '')`. */
export interface Transform {
  span: Span;
  before: string;
  after: string;
}

export function isKnown(value: CodeValue): boolean {
  return !value.text.includes(UNKNOWN);
}

/** What an expression evaluates against: the file's simple constants, and where assemblies are recorded. */
export interface Scope {
  /** Name -> the one expression assigned to it; null when it is assigned more than once. */
  constants: Map<string, Node | null>;
  assemblies: Map<number, Assembly>;
  /** Normalisations and replacements whose input and output differ, by call start. */
  transforms: Map<number, Transform>;
  /** Heredoc openers (Ruby) -> their bodies, which tree-sitter places after the line. */
  heredocs: Map<number, Node>;
}

const MAX_DEPTH = 12;

const empty = (at: number): CodeValue => ({ text: '', at: [at] });

function unknownAt(node: Node): CodeValue {
  return { text: UNKNOWN, at: [node.startIndex, node.endIndex] };
}

function concat(parts: CodeValue[], end: number): CodeValue {
  let text = '';
  const at: number[] = [];
  const from: Span[] = [];
  for (const part of parts) {
    text += part.text;
    at.push(...part.at.slice(0, part.text.length));
    if (part.from) from.push(...part.from);
  }
  at.push(parts.length ? parts[parts.length - 1]!.at[parts[parts.length - 1]!.text.length]! : end);
  return from.length ? { text, at, from } : { text, at };
}

/** A value whose characters all point at the site that inserted it (`${op}`, a constant's name). */
function pointedAt(value: CodeValue, site: Node): CodeValue {
  const from = [...(value.from ?? [])];
  if (value.text.length) {
    // A loop, not Math.min(...at): a long literal would overflow the argument list.
    let start = Infinity;
    let end = -Infinity;
    for (let i = 0; i < value.text.length; i++) {
      start = Math.min(start, value.at[i]!);
      end = Math.max(end, value.at[i]! + 1);
    }
    from.push({ start, end });
  }
  const at = [...Array.from(value.text, () => site.startIndex), site.endIndex];
  return from.length ? { text: value.text, at, from } : { text: value.text, at };
}

/** The string an expression evaluates to, with run-time parts as UNKNOWN; undefined for non-strings. */
export function evaluate(node: Node, scope: Scope, depth = 0): CodeValue {
  if (depth > MAX_DEPTH) return unknownAt(node);
  const next = (n: Node) => evaluate(n, scope, depth + 1);
  switch (node.type) {
    case 'string':
    case 'template_string':
    case 'interpreted_string_literal':
    case 'raw_string_literal':
    case 'heredoc_body':
    case 'string_content':
    case 'heredoc_content':
    case 'string_literal':
    case 'multiline_string_literal':
    case 'encapsed_string':
    case 'interpolated_string_expression':
      return literal(node, scope, depth);
    case 'verbatim_string_literal': {
      // C# @"…": no escapes but a doubled quote.
      const body = node.text.slice(2, -1);
      if (body.includes('""')) return unknownAt(node);
      return { text: body, at: rangeOffsets(node.startIndex + 2, node.endIndex - 1) };
    }
    case 'concatenated_string':
      return assembled(node, node.namedChildren.filter(isPresent).map(next), scope);
    case 'simple_symbol':
      return {
        text: node.text.slice(1),
        at: [...Array.from(node.text.slice(1), (_, i) => node.startIndex + 1 + i), node.endIndex],
      };
    case 'heredoc_beginning': {
      const body = scope.heredocs.get(node.startIndex);
      return body ? next(body) : unknownAt(node);
    }
    case 'parenthesized_expression':
    case 'non_null_expression':
    case 'expression_list':
    case 'as_expression':
    case 'satisfies_expression':
    case 'await_expression': {
      const inner = node.namedChildren.filter(isPresent).filter((c) => c.type !== 'comment');
      const wraps = node.type === 'as_expression' || node.type === 'satisfies_expression' || inner.length === 1;
      return wraps && inner[0] ? next(inner[0]) : unknownAt(node);
    }
    case 'binary_expression':
    case 'binary_operator':
    case 'binary':
    case 'boolean_operator':
      return binary(node, scope, depth);
    case 'identifier':
    case 'constant':
    case 'variable_name': {
      const assigned = scope.constants.get(node.text);
      if (!assigned) return unknownAt(node);
      return pointedAt(next(assigned), node);
    }
    case 'call_expression':
    case 'call':
    case 'method_invocation':
    case 'macro_invocation':
    case 'function_call_expression':
      return callValue(node, scope, depth) ?? unknownAt(node);
    default:
      return unknownAt(node);
  }
}

function isPresent(node: Node | null | undefined): node is Node {
  return node !== null && node !== undefined;
}

function binary(node: Node, scope: Scope, depth: number): CodeValue {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const operator = node.childForFieldName('operator')?.text ?? node.children.find((c) => c && !c.isNamed)?.text;
  if (!left || !right) return unknownAt(node);
  const l = evaluate(left, scope, depth + 1);
  // `+` joins strings in most languages, `.` in PHP, `<>` in Elixir.
  if (operator === '+' || operator === '.' || operator === '<>')
    return assembled(node, [l, evaluate(right, scope, depth + 1)], scope);
  // Python `"DROP TABLE %s" % name`: the format's text with each field only known at run time.
  if (operator === '%' && (left.type === 'string' || left.type === 'identifier') && l.text !== UNKNOWN)
    return formatted(node, l, /%(?:\([^)]*\))?[-+# 0]*\d*(?:\.\d+)?[sdrif]/g, [], scope);
  // `process.env.API ?? 'https://…'`: the literal is what the code falls back to.
  if (operator === '??' || operator === '||' || operator === 'or')
    return isKnown(l) ? l : evaluate(right, scope, depth + 1);
  return unknownAt(node);
}

/** Joins parts, and records the join when every part is known and more than one is not empty. */
function assembled(node: Node, parts: CodeValue[], scope: Scope): CodeValue {
  const value = concat(parts, node.endIndex);
  const pieces = parts.map((p) => p.text).filter((t) => t !== '');
  if (pieces.length > 1 && pieces.every((p) => !p.includes(UNKNOWN)) && !scope.assemblies.has(node.startIndex)) {
    scope.assemblies.set(node.startIndex, {
      span: { start: node.startIndex, end: node.endIndex },
      text: value.text,
      pieces,
    });
  }
  return value;
}

/** A string literal, template or heredoc, with escapes decoded and substitutions evaluated. */
function literal(node: Node, scope: Scope, depth: number): CodeValue {
  const raw = isRawString(node);
  const parts: CodeValue[] = [];
  let substituted = false;
  const container = node.type === 'string_content' || node.type === 'heredoc_content';
  let pos = node.startIndex;
  const source = node.tree.rootNode.text;
  const copy = (start: number, end: number) => {
    if (end > start) parts.push({ text: source.slice(start, end), at: rangeOffsets(start, end) });
  };
  // tree-sitter-kotlin splits `"a $name b"` into the contents `a `, `$`, `name b`: the name is a substitution.
  let kotlinName = false;
  for (const child of node.children) {
    if (!child) continue;
    if (container) copy(pos, child.startIndex);
    if (kotlinName && child.type === 'string_content') {
      kotlinName = false;
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(child.text)?.[0] ?? '';
      const assigned = name ? scope.constants.get(name) : undefined;
      parts.push(
        assigned
          ? pointedAt(evaluate(assigned, scope, depth + 1), child)
          : { text: UNKNOWN, at: [child.startIndex, child.endIndex] },
      );
      substituted = true;
      copy(child.startIndex + name.length, child.endIndex);
      pos = child.endIndex;
      continue;
    }
    if (child.type === 'string_content' && child.text === '$' && node.type === 'string_literal') {
      kotlinName = true;
      pos = child.endIndex;
      continue;
    }
    switch (child.type) {
      case 'string_fragment':
      case 'multiline_string_fragment':
      case 'interpreted_string_literal_content':
      case 'raw_string_literal_content':
      case 'string_literal_content': // C# "…"
      case 'quoted_content': // Elixir "…"
        copy(child.startIndex, child.endIndex);
        break;
      case 'string_content':
      case 'heredoc_content':
        parts.push(literal(child, scope, depth));
        break;
      case 'escape_sequence':
        parts.push(
          raw
            ? { text: child.text, at: rangeOffsets(child.startIndex, child.endIndex) }
            : { text: decodeEscape(child.text), at: [child.startIndex, child.endIndex] },
        );
        break;
      case 'escape_interpolation':
        parts.push({ text: child.text.slice(0, 1), at: [child.startIndex, child.endIndex] });
        break;
      // PHP "…$name…", "…{$o->x}…", "…$a[0]…".
      case 'variable_name':
      case 'member_access_expression':
      case 'subscript_expression':
      case 'dynamic_variable_name': {
        parts.push(pointedAt(evaluate(child, scope, depth + 1), child));
        substituted = true;
        break;
      }
      case 'template_substitution':
      case 'interpolation': {
        const inner = child.childForFieldName('expression') ?? child.namedChildren.find(isPresent);
        const value = inner ? evaluate(inner, scope, depth + 1) : unknownAt(child);
        parts.push(pointedAt(value, child));
        substituted = true;
        break;
      }
      default:
        break;
    }
    pos = child.endIndex;
  }
  if (container) copy(pos, node.endIndex);
  if (parts.length === 0) return empty(node.startIndex);
  return substituted ? assembled(node, parts, scope) : concat(parts, node.endIndex);
}

function rangeOffsets(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** Python `r"..."` and Go raw strings keep backslashes. */
function isRawString(node: Node): boolean {
  if (node.type === 'raw_string_literal') return true;
  const start = node.type === 'string' ? node.namedChildren.find((c) => c?.type === 'string_start') : undefined;
  return start !== undefined && start !== null && /r/i.test(start.text.replace(/['"]/g, ''));
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

function decodeEscape(escape: string): string {
  const body = escape.slice(1);
  const hex = /^(?:x([0-9a-f]{2})|u([0-9a-f]{4})|u\{([0-9a-f]+)\}|U([0-9a-f]{8}))$/i.exec(body);
  if (hex) {
    const code = parseInt(hex[1] ?? hex[2] ?? hex[3] ?? hex[4] ?? '0', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : UNKNOWN;
  }
  if (body.startsWith('\n') || body.startsWith('\r')) return '';
  return SIMPLE_ESCAPES[body] ?? body.slice(0, 1);
}

/** `[a, b].join('')`, `''.join([a, b])`, `strings.Join([]string{a, b}, "")`, `fmt.Sprintf("%s%s", a, b)`. */
function callValue(node: Node, scope: Scope, depth: number): CodeValue | undefined {
  const next = (n: Node) => evaluate(n, scope, depth + 1);
  const jvm = jvmFormat(node, scope, depth);
  if (jvm) return jvm;
  const fn = node.childForFieldName('function');
  const args = node.childForFieldName('arguments');
  const argList = args ? args.namedChildren.filter(isPresent).filter((c) => c.type !== 'comment') : [];
  // Ruby: `%w[Del ete].join` and `['a', 'b'].join`.
  const receiver =
    fn?.childForFieldName('object') ?? fn?.childForFieldName('operand') ?? node.childForFieldName('receiver');
  const method =
    fn?.childForFieldName('property')?.text ??
    fn?.childForFieldName('attribute')?.text ??
    fn?.childForFieldName('field')?.text ??
    node.childForFieldName('method')?.text;
  const transformed = transformValue(node, method, receiver ?? undefined, argList, scope, depth);
  if (transformed) return transformed;
  if (method === 'join' && receiver) {
    const items = arrayItems(receiver, scope);
    if (items) {
      const separator = argList[0]
        ? next(argList[0])
        : { text: node.type === 'call' ? '' : ',', at: [node.startIndex] };
      return joinValues(node, items.map(next), separator, scope);
    }
    // Python: the separator is the receiver.
    const pyItems = argList[0] ? arrayItems(argList[0], scope) : undefined;
    if (pyItems) return joinValues(node, pyItems.map(next), next(receiver), scope);
  }
  if (method === 'Join' && receiver?.text === 'strings' && argList.length === 2) {
    const items = arrayItems(argList[0]!, scope);
    if (items) return joinValues(node, items.map(next), next(argList[1]!), scope);
  }
  if (method === 'Sprintf' && receiver?.text === 'fmt' && argList.length >= 1) {
    const format = next(argList[0]!);
    const values = argList.slice(1).map(next);
    const parts: CodeValue[] = [];
    let last = 0;
    let used = 0;
    for (const match of format.text.matchAll(/%[-+# 0]*\d*(?:\.\d+)?[svdq]/g)) {
      parts.push(slice(format, last, match.index));
      parts.push(values[used++] ?? unknownAt(node));
      last = match.index + match[0].length;
    }
    parts.push(slice(format, last, format.text.length));
    return assembled(node, parts, scope);
  }
  if (
    (method === 'concat' ||
      method === 'toLowerCase' ||
      method === 'toUpperCase' ||
      method === 'lower' ||
      method === 'upper') &&
    receiver
  ) {
    const base = next(receiver);
    if (method === 'concat') return assembled(node, [base, ...argList.map(next)], scope);
    const cased = method === 'toLowerCase' || method === 'lower' ? base.text.toLowerCase() : base.text.toUpperCase();
    return { text: cased.length === base.text.length ? cased : base.text, at: base.at };
  }
  return undefined;
}

/**
 * Java `String.format(f, …)`, Kotlin `"…".format(…)` and `String.format(…)`, Rust `format!(…)`:
 * the format's text with each field only known at run time (or the argument's value when known).
 */
function jvmFormat(node: Node, scope: Scope, depth: number): CodeValue | undefined {
  const next = (n: Node) => evaluate(n, scope, depth + 1);
  const PRINTF = /%(?:\d+\$)?[-+# 0,(]*\d*(?:\.\d+)?[sdfx]/g;
  if (node.type === 'macro_invocation') {
    const macro = node.childForFieldName('macro')?.text;
    if (macro !== 'format' && macro !== 'format_args') return undefined;
    const tokens = node.namedChildren.find((c) => c?.type === 'token_tree');
    const first = tokens?.namedChildren.find(isPresent);
    if (!first || (first.type !== 'string_literal' && first.type !== 'raw_string_literal')) return undefined;
    const rest = (tokens?.namedChildren ?? []).filter(isPresent).slice(1);
    return formatted(node, next(first), /\{[^{}]*\}/g, rest.map(next), scope);
  }
  if (node.type === 'function_call_expression' && node.childForFieldName('function')?.text === 'sprintf') {
    // PHP sprintf("DROP TABLE %s", $t)
    const args = (node.childForFieldName('arguments')?.namedChildren ?? [])
      .filter(isPresent)
      .map((a) => (a.type === 'argument' ? (a.namedChildren.at(-1) ?? a) : a))
      .filter(isPresent);
    if (args[0]) return formatted(node, next(args[0]), PRINTF, args.slice(1).map(next), scope);
  }
  if (node.type === 'method_invocation') {
    const object = node.childForFieldName('object');
    const name = node.childForFieldName('name')?.text;
    const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter(isPresent);
    if (name === 'format' && object?.text === 'String' && args[0])
      return formatted(node, next(args[0]), PRINTF, args.slice(1).map(next), scope);
    if ((name === 'formatted' || name === 'format') && object && object.type === 'string_literal')
      return formatted(node, next(object), PRINTF, args.map(next), scope);
    return undefined;
  }
  if (node.type === 'call_expression' && !node.childForFieldName('function')) {
    // Kotlin: `"…".format(a)` is a call of the navigation `"…".format`.
    const callee = node.namedChildren[0];
    const values = node.namedChildren
      .find((c) => c?.type === 'value_arguments')
      ?.namedChildren.filter(isPresent)
      .map((a) => a.namedChildren.at(-1))
      .filter(isPresent);
    if (callee?.type !== 'navigation_expression' || !values) return undefined;
    const target = callee.namedChildren[0];
    const method = callee.namedChildren.at(-1)?.text;
    if (method !== 'format' || !target) return undefined;
    if (target.type === 'string_literal' || target.type === 'multiline_string_literal')
      return formatted(node, next(target), PRINTF, values.map(next), scope);
    if (target.text === 'String' && values[0])
      return formatted(node, next(values[0]), PRINTF, values.slice(1).map(next), scope);
  }
  return undefined;
}

/** A format string with its fields replaced by the arguments' values, in order, or UNKNOWN. */
function formatted(node: Node, format: CodeValue, field: RegExp, values: CodeValue[], scope: Scope): CodeValue {
  const parts: CodeValue[] = [];
  let last = 0;
  let used = 0;
  for (const match of format.text.matchAll(field)) {
    if (match[0] === '%%' || match[0] === '{{' || match[0] === '}}') continue;
    parts.push(slice(format, last, match.index));
    parts.push(values[used++] ?? { text: UNKNOWN, at: [node.startIndex, node.endIndex] });
    last = match.index + match[0].length;
  }
  parts.push(slice(format, last, format.text.length));
  return assembled(node, parts, scope);
}

function slice(value: CodeValue, start: number, end: number): CodeValue {
  return { text: value.text.slice(start, end), at: value.at.slice(start, end + 1) };
}

function joinValues(node: Node, items: CodeValue[], separator: CodeValue, scope: Scope): CodeValue {
  const parts: CodeValue[] = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push(separator);
    parts.push(item);
  });
  return pointedAt(assembled(node, parts, scope), node);
}

/** The elements of an array, list, tuple or slice literal, through one constant. */
export function arrayItems(node: Node, scope: Scope, depth = 0): Node[] | undefined {
  switch (node.type) {
    case 'array':
    case 'list':
    case 'tuple':
    case 'array_expression':
    case 'array_initializer':
      return node.namedChildren.filter(isPresent).filter((c) => c.type !== 'comment');
    case 'array_creation_expression': {
      // Java `new String[] {"a", "b"}`.
      const init = node.childForFieldName('value');
      return init ? arrayItems(init, scope, depth + 1) : undefined;
    }
    case 'composite_literal': {
      const body = node.childForFieldName('body');
      return body?.namedChildren
        .filter(isPresent)
        .map((e) => (e.type === 'literal_element' ? (e.namedChildren[0] ?? e) : e));
    }
    case 'identifier':
    case 'constant':
    case 'variable_name': {
      const assigned = scope.constants.get(node.text);
      return assigned && depth < 3 ? arrayItems(assigned, scope, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** Characters that render as nothing: a keyword split by them reads as one word to a person. */
export const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/gu;

/**
 * Rewrites that turn disguised text back into plain text: Unicode normalisation (JS
 * `s.normalize('NFKC')`, Python `unicodedata.normalize('NFKC', s)`), removing invisible
 * characters with `replace`, a literal `replace('$1', x)`, and Python `str.format`.
 */
function transformValue(
  node: Node,
  method: string | undefined,
  receiver: Node | undefined,
  args: Node[],
  scope: Scope,
  depth: number,
): CodeValue | undefined {
  const next = (n: Node) => evaluate(n, scope, depth + 1);
  let input: CodeValue | undefined;
  let output: CodeValue | undefined;
  if (method === 'normalize' && receiver?.text === 'unicodedata' && args.length === 2) {
    input = next(args[1]!);
    output = normalized(input, next(args[0]!).text);
  } else if (method === 'normalize' && receiver) {
    input = next(receiver);
    output = normalized(input, args[0] ? next(args[0]).text : 'NFC');
  } else if ((method === 'replace' || method === 'replaceAll' || method === 'sub') && receiver && args.length >= 2) {
    const [pattern, replacement] =
      method === 'sub' && receiver.text === 're' ? [args[0]!, args[1]!] : [args[0]!, args[1]!];
    input = method === 'sub' ? (args[2] ? next(args[2]) : undefined) : next(receiver);
    if (!input) return undefined;
    const stripped = invisibleStripper(pattern, scope);
    const by = next(replacement);
    if (stripped && by.text === '') output = keep(input, (c) => !stripped.test(c));
    else if (pattern.type !== 'regex') {
      const find = next(pattern).text;
      const at = find && !find.includes(UNKNOWN) ? input.text.indexOf(find) : -1;
      output =
        at < 0
          ? input
          : concat(
              [slice(input, 0, at), pointedAt(by, node), slice(input, at + find.length, input.text.length)],
              node.endIndex,
            );
    } else output = { text: UNKNOWN, at: [node.startIndex, node.endIndex] };
  } else if (method === 'format' && receiver && (receiver.type === 'string' || receiver.type === 'identifier')) {
    input = next(receiver);
    const parts: CodeValue[] = [];
    let last = 0;
    for (const field of input.text.matchAll(/\{[^{}]*\}/g)) {
      parts.push(slice(input, last, field.index), { text: UNKNOWN, at: [node.startIndex, node.endIndex] });
      last = field.index + field[0].length;
    }
    parts.push(slice(input, last, input.text.length));
    output = concat(parts, node.endIndex);
  }
  if (!input || !output) return undefined;
  if (input.text !== output.text && !scope.transforms.has(node.startIndex))
    scope.transforms.set(node.startIndex, {
      span: { start: node.startIndex, end: node.endIndex },
      before: input.text,
      after: output.text,
    });
  return output;
}

function normalized(value: CodeValue, form: string): CodeValue | undefined {
  if (!['NFC', 'NFD', 'NFKC', 'NFKD'].includes(form.toUpperCase())) return undefined;
  let text = '';
  const at: number[] = [];
  Array.from(value.text).forEach((char, i) => {
    const out = char.normalize(form.toUpperCase() as 'NFKC');
    text += out;
    for (let k = 0; k < out.length; k++) at.push(value.at[i] ?? value.at[0]!);
  });
  at.push(value.at[value.text.length]!);
  return { text, at };
}

function keep(value: CodeValue, test: (char: string) => boolean): CodeValue {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < value.text.length; i++) {
    if (!test(value.text[i]!)) continue;
    text += value.text[i];
    at.push(value.at[i]!);
  }
  at.push(value.at[value.text.length]!);
  return { text, at };
}

/** A pattern (regex literal or string) that matches only invisible characters. */
function invisibleStripper(pattern: Node, scope: Scope): RegExp | undefined {
  const source =
    pattern.type === 'regex' ? (pattern.childForFieldName('pattern')?.text ?? '') : evaluate(pattern, scope).text;
  const decoded = source
    .replace(/\\u\{?([0-9a-f]{4,5})\}?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/[[\]|+]/g, '');
  if (decoded === '' || decoded.replace(INVISIBLE, '') !== '') return undefined;
  return /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/u;
}
