import type { Node } from 'web-tree-sitter';
import type { Node as YamlNode } from 'yaml';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Span } from '../../core/types.js';
import { pairSpan } from '../yaml/positions.js';

/**
 * One argument anywhere in a resource's arguments, nested objects and lists flattened:
 * `rules[0].expiration.days` of a Pulumi `BucketLifecycleConfigurationV2`, written as a TypeScript
 * object, Python `...Args(...)` calls or dicts, or YAML.
 */
export interface CodeArgument {
  /** Normalised names (lower case, underscores dropped) from the top: `['rules', 'expiration', 'days']`. */
  names: string[];
  /** The same names as the author wrote them, for messages: `['skip_final_snapshot']`, `['SkipFinalSnapshot']`. */
  written: string[];
  /** Unique within the resource: list items are told apart by position. */
  key: string;
  /** The literal value, or undefined for anything computed. */
  value: string | number | boolean | undefined;
  /** The value's source text. */
  text: string;
  /** The whole `name: value`. */
  span: Span;
}

export const normaliseName = (name: string) => name.replace(/_/g, '').toLowerCase();

const spanOf = (node: Node): Span => ({ start: node.startIndex, end: node.endIndex });

/** A literal in TypeScript/JavaScript, Python, Go or C#: numbers, booleans and plain strings. */
export function literalOf(node: Node): string | number | boolean | undefined {
  const text = node.text;
  if (/^(true|True)$/.test(text)) return true;
  if (/^(false|False)$/.test(text)) return false;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (node.type === 'literal_element' && node.namedChildren[0]) return literalOf(node.namedChildren[0]);
  if (
    /^(string|interpreted_string_literal|raw_string_literal|string_literal|verbatim_string_literal)$/.test(node.type)
  ) {
    if (node.descendantsOfType(['interpolation', 'template_substitution', 'interpolated_string_expression']).length > 0)
      return undefined;
    const inner = /^[rbuRBU]?(['"`]{1,3})([\s\S]*)\1$/.exec(text);
    return inner ? inner[2] : undefined;
  }
  // Go wrappers of a literal: pulumi.Bool(true), pulumi.Int(7), pulumi.String("x"), CDK's jsii.Bool(true).
  const wrapped = /^(pulumi|jsii)\.(Bool|Int|Float64|Number|String)\((.*)\)$/s.exec(text);
  if (wrapped && node.type === 'call_expression') {
    const inner = node.childForFieldName('arguments')?.namedChildren[0];
    return inner ? literalOf(inner) : undefined;
  }
  return undefined;
}

/** The arguments of a TypeScript object literal, descending into nested objects and arrays. */
export function tsArguments(object: Node, names: string[] = [], key = '', written: string[] = []): CodeArgument[] {
  const out: CodeArgument[] = [];
  for (const pair of object.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const keyNode = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    if (!keyNode || !value) continue;
    const raw = keyNode.type === 'string' ? keyNode.text.slice(1, -1) : keyNode.text;
    const name = normaliseName(raw);
    push(out, [...names, name], [...written, raw], `${key}${name}`, value, spanOf(pair), tsArguments);
  }
  return out;
}

/** Keyword arguments of a Python call, descending into `...Args(...)` calls, dicts and lists. */
export function pythonArguments(args: Node, names: string[] = [], key = '', written: string[] = []): CodeArgument[] {
  const out: CodeArgument[] = [];
  for (const child of args.namedChildren) {
    if (child?.type === 'keyword_argument') {
      const raw = child.childForFieldName('name')?.text ?? '';
      const name = normaliseName(raw);
      const value = child.childForFieldName('value');
      if (value) push(out, [...names, name], [...written, raw], `${key}${name}`, value, spanOf(child), pythonArguments);
    } else if (child?.type === 'pair') {
      const keyNode = child.childForFieldName('key');
      const value = child.childForFieldName('value');
      const literal = keyNode ? literalOf(keyNode) : undefined;
      if (typeof literal === 'string' && value)
        push(
          out,
          [...names, normaliseName(literal)],
          [...written, literal],
          `${key}${normaliseName(literal)}`,
          value,
          spanOf(child),
          pythonArguments,
        );
    }
  }
  return out;
}

/** Go's `literal_element` and `&x` around the value they hold. */
export function unwrapGo(node: Node): Node {
  let current = node;
  while ((current.type === 'literal_element' || current.type === 'unary_expression') && current.namedChildren[0])
    current = current.namedChildren[current.namedChildren.length - 1]!;
  return current;
}

/** Fields of a Go composite literal body: `DeletionProtection: pulumi.Bool(true)`. */
export function goArguments(body: Node, names: string[] = [], key = '', written: string[] = []): CodeArgument[] {
  const out: CodeArgument[] = [];
  for (const element of body.namedChildren) {
    if (element?.type !== 'keyed_element') continue;
    const [keyNode, valueNode] = element.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    if (!keyNode || !valueNode) continue;
    const raw = unwrapGo(keyNode).text;
    const name = normaliseName(raw);
    push(out, [...names, name], [...written, raw], `${key}${name}`, unwrapGo(valueNode), spanOf(element), goArguments);
  }
  return out;
}

/** Assignments of a C# object initializer: `DeletionProtection = true`. */
export function csharpArguments(init: Node, names: string[] = [], key = '', written: string[] = []): CodeArgument[] {
  const out: CodeArgument[] = [];
  for (const element of init.namedChildren) {
    if (element?.type !== 'assignment_expression') continue;
    const left = element.childForFieldName('left');
    const right = element.childForFieldName('right');
    if (!left || !right) continue;
    const name = normaliseName(left.text);
    push(out, [...names, name], [...written, left.text], `${key}${name}`, right, spanOf(element), csharpArguments);
  }
  return out;
}

type Reader = (node: Node, names: string[], key: string, written: string[]) => CodeArgument[];

function push(
  out: CodeArgument[],
  names: string[],
  written: string[],
  key: string,
  value: Node,
  span: Span,
  read: Reader,
): void {
  out.push({ names, written, key, value: literalOf(value), text: value.text, span });
  const inner = containerOf(value);
  if (!inner) return;
  if (inner.kind === 'object') out.push(...read(inner.node, names, `${key}.`, written));
  else
    inner.items.forEach((item, i) => {
      const nested = containerOf(item);
      if (nested?.kind === 'object') out.push(...read(nested.node, names, `${key}[${i}].`, written));
    });
}

/** What a value holds more arguments in: an object/dict/`Args(...)` call, or a list of them. */
function containerOf(node: Node): { kind: 'object'; node: Node } | { kind: 'list'; items: Node[] } | undefined {
  switch (node.type) {
    case 'object':
    case 'dictionary':
      return { kind: 'object', node };
    case 'array':
    case 'list':
    case 'tuple':
      return { kind: 'list', items: node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment') };
    case 'call': {
      // Python: aws.s3.BucketLifecycleConfigurationV2RuleArgs(days=1), dict(days=1).
      const callee = node.childForFieldName('function')?.text ?? '';
      const args = node.childForFieldName('arguments');
      return args && /(Args|^dict)$/.test(callee) ? { kind: 'object', node: args } : undefined;
    }
    // Go: &rds.InstanceArgs{...}, s3.RuleArray{...}; C#: new InstanceArgs { ... }.
    case 'composite_literal': {
      const body = node.childForFieldName('body');
      if (!body) return undefined;
      const keyed = body.namedChildren.some((c) => c?.type === 'keyed_element');
      return keyed
        ? { kind: 'object', node: body }
        : { kind: 'list', items: body.namedChildren.filter((c): c is Node => c !== null).map(unwrapGo) };
    }
    case 'object_creation_expression': {
      const init = node.childForFieldName('initializer');
      if (!init) return undefined;
      const assigned = init.namedChildren.some((c) => c?.type === 'assignment_expression');
      return assigned
        ? { kind: 'object', node: init }
        : { kind: 'list', items: init.namedChildren.filter((c): c is Node => c !== null) };
    }
    case 'unary_expression':
    case 'literal_element':
    case 'parenthesized_expression':
    case 'as_expression':
    case 'satisfies_expression': {
      const inner = node.namedChildren[0];
      return inner ? containerOf(inner) : undefined;
    }
    default:
      return undefined;
  }
}

/** The arguments of a YAML mapping (Pulumi YAML `properties:`), nested mappings and sequences included. */
export function yamlArguments(
  node: YamlNode | null | undefined,
  names: string[] = [],
  key = '',
  written: string[] = [],
): CodeArgument[] {
  const out: CodeArgument[] = [];
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    const rawKey = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (rawKey === undefined) continue;
    const name = normaliseName(rawKey);
    const value = pair.value as YamlNode | null;
    const scalar = isScalar(value) ? value.value : undefined;
    out.push({
      names: [...names, name],
      written: [...written, rawKey],
      key: `${key}${name}`,
      value:
        typeof scalar === 'string' || typeof scalar === 'number' || typeof scalar === 'boolean' ? scalar : undefined,
      text: isScalar(value) ? String(value.value) : '',
      span: pairSpan(pair as never),
    });
    if (isMap(value)) out.push(...yamlArguments(value, [...names, name], `${key}${name}.`, [...written, rawKey]));
    else if (isSeq(value))
      value.items.forEach((item, i) =>
        out.push(...yamlArguments(item as YamlNode, [...names, name], `${key}${name}[${i}].`, [...written, rawKey])),
      );
  }
  return out;
}
