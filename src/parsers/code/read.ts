import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { parserFor } from '../tree-sitter/loader.js';
import type { CodeLanguage } from './language.js';
import { evaluate, type CodeValue, type Scope } from './values.js';

/** One argument of a call: positional, or a Python keyword / Ruby `key:` argument. */
export interface CodeArg {
  key?: string;
  keySpan?: Span;
  value: Node;
}

/** A key of an object, dict, hash or struct literal. */
export interface CodeProperty {
  key: string;
  keySpan: Span;
  value: Node;
}

/**
 * A call or `new`, read the same way in every language: `s3.send(...)` has receiver `['s3']`
 * and name `send`; `Model.objects.all().delete()` has receiver `['Model', 'objects', 'all()']`.
 */
export interface CodeCall {
  node: Node;
  span: Span;
  name: string;
  nameSpan: Span;
  /** The name came from an expression: `obj[name]()`, `getattr(obj, name)`, `obj.send(name)`. */
  computedName: boolean;
  isNew: boolean;
  receiver: string[];
  /** The calls the receiver chain makes, outermost last: `all()` in `objects.all().delete()`. */
  receiverCalls: CodeCall[];
  args: CodeArg[];
}

/** A string the code writes: a literal, template, heredoc or concatenation, with its value. */
export interface CodeString {
  node: Node;
  value: CodeValue;
}

export interface CodeSyntax {
  language: CodeLanguage;
  root: Node;
  scope: Scope;
  strings: CodeString[];
  calls: CodeCall[];
  hasErrors: boolean;
}

const STRING_TYPES = new Set([
  'string',
  'template_string',
  'interpreted_string_literal',
  'raw_string_literal',
  'heredoc_body',
  'concatenated_string',
  // Java, Kotlin and Rust.
  'string_literal',
  'multiline_string_literal',
  // PHP "…$x…"
  'encapsed_string',
  // C# $"…{x}…" and @"…"
  'interpolated_string_expression',
  'verbatim_string_literal',
]);
const CONCAT_TYPES = new Set(['binary_expression', 'binary_operator', 'binary']);
const CALL_TYPES = new Set([
  'call_expression',
  'call',
  'new_expression',
  // Java `a.b(...)` and `new B(...)`, Rust `name!(...)`.
  'method_invocation',
  'object_creation_expression',
  'macro_invocation',
  // PHP f(…), $o->m(…), C::m(…)
  'function_call_expression',
  'member_call_expression',
  'scoped_call_expression',
  // C# a.B(…)
  'invocation_expression',
]);

/** Parses a source file with its grammar (loaded beforehand) and collects its strings and calls. */
export function readCode(language: CodeLanguage, text: string): CodeSyntax {
  const tree = parserFor(language).parse(text);
  if (!tree) throw new Error(`the ${language} parser returned no tree`);
  const root = tree.rootNode;
  const scope: Scope = { constants: new Map(), assemblies: new Map(), transforms: new Map(), heredocs: new Map() };
  const stringNodes: Node[] = [];
  const callNodes: Node[] = [];
  let pendingHeredocs: Node[] = [];
  const visit = (node: Node) => {
    if (node.type === 'comment') return;
    collectConstant(node, scope);
    if (node.type === 'heredoc_beginning') pendingHeredocs.push(node);
    if (node.type === 'heredoc_body') {
      const opener = pendingHeredocs.shift();
      if (opener) scope.heredocs.set(opener.startIndex, node);
      if (pendingHeredocs.length === 0) pendingHeredocs = [];
    }
    if ((STRING_TYPES.has(node.type) || isConcatenation(node)) && isStringRoot(node)) stringNodes.push(node);
    if (CALL_TYPES.has(node.type)) callNodes.push(node);
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  const strings = stringNodes.map((node) => ({ node, value: evaluate(node, scope) }));
  const calls = callNodes.map((node) => readCall(node, scope)).filter((c): c is CodeCall => c !== undefined);
  // Evaluating what the code computes records the assemblies and rewrites along the way.
  for (const value of scope.constants.values()) if (value) evaluate(value, scope);
  for (const call of calls) for (const arg of call.args) evaluate(arg.value, scope);
  return { language, root, scope, strings, calls, hasErrors: root.hasError };
}

function isConcatenation(node: Node): boolean {
  if (!CONCAT_TYPES.has(node.type)) return false;
  const operator = node.childForFieldName('operator')?.text ?? node.children.find((c) => c && !c.isNamed)?.text;
  return operator === '+';
}

/** Not part of a larger string expression, and not a bare statement (a docstring, `'use strict'`). */
function isStringRoot(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return true;
  if (parent.type === 'expression_statement' || parent.type === 'concatenated_string') return false;
  if (isConcatenation(parent)) return false;
  return true;
}

/** `const a = …`, `A = …`, `const a = …` (Go), `a := …`: names with exactly one assignment in the file. */
function collectConstant(node: Node, scope: Scope): void {
  const pairs: [Node, Node][] = [];
  if (node.type === 'variable_declarator') {
    const name = node.childForFieldName('name');
    // C# names no field for the value: `var q = "…"` ends in it.
    const last = node.namedChildren.at(-1);
    const value = node.childForFieldName('value') ?? (last && last !== name ? last : null);
    if (name?.type === 'identifier') pairs.push(value ? [name, value] : [name, name]);
  } else if (node.type === 'assignment' || node.type === 'assignment_expression') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left && right && ['identifier', 'constant', 'variable_name'].includes(left.type)) pairs.push([left, right]);
  } else if (node.type === 'let_declaration' || node.type === 'const_item' || node.type === 'static_item') {
    // Rust: `let q = …;`, `const Q: &str = …;`
    const name = node.childForFieldName(node.type === 'let_declaration' ? 'pattern' : 'name');
    const value = node.childForFieldName('value');
    if (name?.type === 'identifier') pairs.push(value ? [name, value] : [name, name]);
  } else if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '=') {
    // Elixir: `query = "…"` binds the name.
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left?.type === 'identifier' && right) pairs.push([left, right]);
  } else if (node.type === 'property_declaration') {
    // Kotlin: `val q = …`, `const val Q = …`
    const name = node.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0];
    const value = node.namedChildren.at(-1);
    if (name?.type === 'identifier' && value && value.type !== 'variable_declaration') pairs.push([name, value]);
  } else if (node.type === 'const_spec' || node.type === 'var_spec' || node.type === 'short_var_declaration') {
    const names =
      node.type === 'short_var_declaration'
        ? (node.childForFieldName('left')?.namedChildren ?? [])
        : node.childrenForFieldName('name');
    const values =
      node.childForFieldName(node.type === 'short_var_declaration' ? 'right' : 'value')?.namedChildren ?? [];
    names.forEach((name, i) => {
      const value = values[i];
      if (name && value && names.length === values.length) pairs.push([name, value]);
    });
  }
  for (const [name, value] of pairs) {
    // A second assignment makes the name a variable: its value depends on the path taken.
    scope.constants.set(name.text, scope.constants.has(name.text) || value === name ? null : value);
  }
}

function readCall(node: Node, scope: Scope): CodeCall | undefined {
  const span = { start: node.startIndex, end: node.endIndex };
  const argsNode =
    node.childForFieldName('arguments') ??
    node.namedChildren.find(
      (c) => c?.type === 'value_arguments' || c?.type === 'token_tree' || c?.type === 'arguments',
    ) ??
    null;
  const args = argsNode ? readArgs(argsNode) : [];
  if (node.type === 'macro_invocation') {
    const macro = node.childForFieldName('macro');
    if (!macro) return undefined;
    return { node, span, ...chainOf(macro, scope), isNew: false, args };
  }
  if (
    node.type === 'method_invocation' ||
    node.type === 'member_call_expression' ||
    node.type === 'scoped_call_expression'
  ) {
    const name = node.childForFieldName('name');
    const object = node.childForFieldName('object') ?? node.childForFieldName('scope');
    if (!name) return undefined;
    const receiver = object ? chainOf(object, scope) : undefined;
    return {
      node,
      span,
      name: name.text,
      nameSpan: spanOf(name),
      computedName: false,
      isNew: false,
      receiver: receiver ? [...receiver.receiver, receiver.name] : [],
      receiverCalls: receiver?.receiverCalls ?? [],
      args,
    };
  }
  if (node.type === 'new_expression' || node.type === 'object_creation_expression') {
    const ctor = node.childForFieldName('constructor') ?? node.childForFieldName('type');
    if (!ctor) return undefined;
    const chain = chainOf(ctor, scope);
    return { node, span, ...chain, isNew: true, args };
  }
  // Ruby: receiver.method args
  const method = node.childForFieldName('method');
  if (method) {
    const receiverNode = node.childForFieldName('receiver');
    const receiver = receiverNode ? chainOf(receiverNode, scope) : undefined;
    const call: CodeCall = {
      node,
      span,
      name: method.text,
      nameSpan: spanOf(method),
      computedName: false,
      isNew: method.text === 'new',
      receiver: receiver ? [...receiver.receiver, receiver.name] : [],
      receiverCalls: receiver?.receiverCalls ?? [],
      args,
    };
    return dynamicSend(call, scope) ?? call;
  }
  // Kotlin names no fields: the callee is the first child. Elixir calls it the target.
  const fn =
    node.childForFieldName('function') ??
    node.childForFieldName('target') ??
    (node.type === 'call_expression' ? node.namedChildren[0] : null);
  if (!fn) return undefined;
  const call: CodeCall = { node, span, ...chainOf(fn, scope), isNew: false, args: [...piped(node), ...args] };
  return getattrCall(call, scope) ?? call;
}

/** Elixir `User |> Repo.delete_all()`: what is piped in is the call's first argument. */
function piped(node: Node): CodeArg[] {
  const parent = node.parent;
  if (parent?.type !== 'binary_operator' || parent.childForFieldName('right')?.id !== node.id) return [];
  if (parent.childForFieldName('operator')?.text !== '|>') return [];
  const left = parent.childForFieldName('left');
  return left ? [{ value: left }] : [];
}

/** Python `getattr(client, name)` reads a method by a computed name: the call site is the getattr. */
function getattrCall(call: CodeCall, scope: Scope): CodeCall | undefined {
  if (call.name !== 'getattr' || call.receiver.length > 0 || call.args.length < 2) return undefined;
  const [target, nameArg] = call.args;
  const receiver = chainOf(target!.value, scope);
  return {
    ...call,
    name: evaluate(nameArg!.value, scope).text,
    nameSpan: spanOf(nameArg!.value),
    computedName: true,
    receiver: [...receiver.receiver, receiver.name],
    receiverCalls: receiver.receiverCalls,
    args: call.args.slice(2),
  };
}

/** Ruby `client.send(:delete_db_instance, …)` and `public_send`. */
function dynamicSend(call: CodeCall, scope: Scope): CodeCall | undefined {
  if ((call.name !== 'send' && call.name !== 'public_send' && call.name !== '__send__') || call.args.length === 0)
    return undefined;
  const [nameArg, ...rest] = call.args;
  return {
    ...call,
    name: evaluate(nameArg!.value, scope).text,
    nameSpan: spanOf(nameArg!.value),
    computedName: nameArg!.value.type !== 'simple_symbol',
    args: rest,
  };
}

type Chain = Pick<CodeCall, 'name' | 'nameSpan' | 'computedName' | 'receiver' | 'receiverCalls'>;

/** The name a callee expression ends in and the names before it. */
function chainOf(node: Node, scope: Scope): Chain {
  const objectField =
    node.childForFieldName('object') ??
    node.childForFieldName('operand') ??
    node.childForFieldName('value') ??
    node.childForFieldName('path') ??
    (node.type === 'navigation_expression' ? node.namedChildren[0] : null);
  const nameField =
    node.childForFieldName('property') ??
    node.childForFieldName('attribute') ??
    node.childForFieldName('field') ??
    (node.type === 'scoped_identifier' ? node.childForFieldName('name') : null) ??
    (node.type === 'navigation_expression' ? node.namedChildren.at(-1) : null);
  // C# `db.Orders`: expression and name; Elixir `Repo.delete_all`: a dot with left and right.
  const csharp = node.type === 'member_access_expression' ? node.childForFieldName('expression') : null;
  if (csharp || node.type === 'dot') {
    const object = csharp ?? node.childForFieldName('left');
    const member = node.childForFieldName(csharp ? 'name' : 'right');
    if (object && member) {
      const inner = chainOf(object, scope);
      return {
        name: member.text,
        nameSpan: spanOf(member),
        computedName: false,
        receiver: [...inner.receiver, inner.name],
        receiverCalls: inner.receiverCalls,
      };
    }
  }
  if (
    [
      'member_expression',
      'attribute',
      'selector_expression',
      'field_access',
      'field_expression',
      'scoped_identifier',
      'navigation_expression',
    ].includes(node.type) &&
    objectField &&
    nameField
  ) {
    const inner = chainOf(objectField, scope);
    return {
      name: nameField.text,
      nameSpan: spanOf(nameField),
      computedName: false,
      receiver: [...inner.receiver, inner.name],
      receiverCalls: inner.receiverCalls,
    };
  }
  if (node.type === 'subscript_expression' || node.type === 'subscript') {
    const object = node.childForFieldName('object') ?? node.childForFieldName('value');
    const index = node.childForFieldName('index') ?? node.childForFieldName('subscript');
    if (object && index) {
      const inner = chainOf(object, scope);
      return {
        name: evaluate(index, scope).text,
        nameSpan: spanOf(index),
        computedName: true,
        receiver: [...inner.receiver, inner.name],
        receiverCalls: inner.receiverCalls,
      };
    }
  }
  if (CALL_TYPES.has(node.type)) {
    const call = readCall(node, scope);
    if (call) return { ...call, name: `${call.name}()`, receiverCalls: [...call.receiverCalls, call] };
  }
  if (
    [
      'parenthesized_expression',
      'await_expression',
      'non_null_expression',
      'unary_expression',
      'pointer_expression',
      'try_expression',
      'reference_expression',
    ].includes(node.type)
  ) {
    const inner = node.namedChildren.find((c): c is Node => c !== null && c.type !== 'comment');
    if (inner) return chainOf(inner, scope);
  }
  return {
    name: node.text.length <= 80 ? node.text : '?',
    nameSpan: spanOf(node),
    computedName: false,
    receiver: [],
    receiverCalls: [],
  };
}

function readArgs(argsNode: Node): CodeArg[] {
  // A tagged template: gql`…` has the template as its one argument.
  if (argsNode.type === 'template_string') return [{ value: argsNode }];
  if (argsNode.type === 'token_tree') return macroArgs(argsNode);
  const args: CodeArg[] = [];
  for (const child of argsNode.namedChildren) {
    if (!child || child.type === 'comment' || child.type.endsWith('_comment')) continue;
    if (child.type === 'keywords') {
      // Elixir: `f(x, where: y)`.
      for (const pair of child.namedChildren) {
        const key = pair?.childForFieldName('key');
        const value = pair?.childForFieldName('value');
        if (key && value)
          args.push({ key: key.text.replace(/:\s*$/, '').replace(/^"|"$/g, ''), keySpan: spanOf(key), value });
      }
    } else if (child.type === 'argument') {
      // PHP: `f($x)` and `f(name: $x)`; C# `F(x)` and `F(name: x)`.
      const parts = child.namedChildren.filter((c): c is Node => c !== null);
      const value = parts.at(-1);
      const named =
        parts.length === 2 && (parts[0]!.type === 'name' || child.childForFieldName('name')?.id === parts[0]!.id);
      if (value) args.push(named ? { key: parts[0]!.text, keySpan: spanOf(parts[0]!), value } : { value });
    } else if (child.type === 'value_argument') {
      // Kotlin: `f(x)` and `f(name = x)`.
      const parts = child.namedChildren.filter((c): c is Node => c !== null);
      const named = parts.length === 2 && parts[0]!.type === 'identifier';
      const value = parts.at(-1);
      if (value) args.push(named ? { key: parts[0]!.text, keySpan: spanOf(parts[0]!), value } : { value });
    } else if (child.type === 'keyword_argument') {
      const name = child.childForFieldName('name');
      const value = child.childForFieldName('value');
      if (name && value) args.push({ key: name.text, keySpan: spanOf(name), value });
    } else if (child.type === 'pair' && argsNode.type === 'argument_list') {
      const key = child.childForFieldName('key');
      const value = child.childForFieldName('value');
      if (key && value) args.push({ key: keyText(key), keySpan: spanOf(key), value });
    } else {
      args.push({ value: child });
    }
  }
  return args;
}

/** A Rust macro's arguments: the tokens between commas, each read as the first expression of its group. */
function macroArgs(tree: Node): CodeArg[] {
  const args: CodeArg[] = [];
  let group: Node[] = [];
  const flush = () => {
    const first = group[0];
    if (first) args.push({ value: first });
    group = [];
  };
  for (const child of tree.children) {
    if (!child) continue;
    if (child.text === ',' && !child.isNamed) flush();
    else if (child.isNamed && child.type !== 'line_comment' && child.type !== 'block_comment') group.push(child);
  }
  flush();
  return args;
}

/** The keys of an object, dict, hash or struct literal (`&rds.DeleteDBInstanceInput{…}` included), through one constant. */
export function propertiesOf(node: Node, scope: Scope, depth = 0): CodeProperty[] {
  if (depth > 3) return [];
  switch (node.type) {
    case 'identifier': {
      const assigned = scope.constants.get(node.text);
      return assigned ? propertiesOf(assigned, scope, depth + 1) : [];
    }
    case 'unary_expression':
    case 'parenthesized_expression':
    case 'as_expression':
    case 'satisfies_expression': {
      const inner = node.namedChildren.find((c): c is Node => c !== null && c.type !== 'comment');
      return inner ? propertiesOf(inner, scope, depth + 1) : [];
    }
    case 'composite_literal': {
      const body = node.childForFieldName('body');
      return body ? propertiesOf(body, scope, depth + 1) : [];
    }
    case 'call': {
      // Python dict(a=1) and Ruby hashes passed bare.
      const args = node.childForFieldName('arguments');
      return args
        ? readArgs(args).flatMap((a) =>
            a.key && a.keySpan ? [{ key: a.key, keySpan: a.keySpan, value: a.value }] : [],
          )
        : [];
    }
    default:
      break;
  }
  const properties: CodeProperty[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'pair' || child.type === 'keyed_element') {
      const key = child.childForFieldName('key') ?? child.namedChildren[0];
      const value = child.childForFieldName('value') ?? child.namedChildren[1];
      if (key && value) properties.push({ key: keyText(key), keySpan: spanOf(key), value: unwrapElement(value) });
    } else if (child.type === 'shorthand_property_identifier') {
      properties.push({ key: child.text, keySpan: spanOf(child), value: child });
    }
  }
  return properties;
}

function unwrapElement(node: Node): Node {
  return node.type === 'literal_element' && node.namedChildren[0] ? node.namedChildren[0] : node;
}

function keyText(key: Node): string {
  const inner = unwrapElement(key);
  const text = inner.text;
  if (inner.type === 'hash_key_symbol') return text;
  if (inner.type === 'simple_symbol') return text.slice(1);
  return text.replace(/^['"`]|['"`:]$/g, '').replace(/['"]$/, '');
}

/** true / false literals, also Go's `aws.Bool(true)`. */
export function booleanOf(node: Node): boolean | undefined {
  const inner = unwrapElement(node);
  if (inner.type === 'true' || inner.text === 'true' || inner.text === 'True')
    return inner.namedChildren.length === 0 ? true : undefined;
  if (inner.type === 'false' || inner.text === 'false' || inner.text === 'False')
    return inner.namedChildren.length === 0 ? false : undefined;
  if (inner.type === 'call_expression') {
    const args = inner.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null) ?? [];
    if (/\bBool$/.test(inner.childForFieldName('function')?.text ?? '') && args.length === 1)
      return booleanOf(args[0]!);
  }
  return undefined;
}

export function spanOf(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}
