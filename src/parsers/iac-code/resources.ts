import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { parserFor } from '../tree-sitter/loader.js';
import { readBindings, resolveName, type ImportBindings, type LocalExports } from './imports.js';
import { javaResource } from './java-resources.js';
import {
  csharpArguments,
  goArguments,
  literalOf,
  pythonArguments,
  tsArguments,
  unwrapGo,
  type CodeArgument,
} from './arguments.js';

export type CodeLanguage = 'typescript' | 'tsx' | 'python' | 'go' | 'csharp' | 'java';

/** One property of a construct's props or a resource's options: `removalPolicy: X`, `auto_delete_objects=True`. */
export interface CodeProperty {
  /** Lower-cased with underscores dropped, so `removalPolicy` and `removal_policy` compare equal. */
  key: string;
  /** The property as written. */
  name: string;
  /** The value's source text. */
  value: string;
  /** The whole `key: value`. */
  span: Span;
}

/**
 * A construct or resource created in code: `new rds.DatabaseInstance(this, 'Db', {...})`,
 * `new aws.rds.Instance("orders", {...}, { protect: true })`, `s3.Bucket(self, "Assets", ...)`.
 */
export interface CodeResource {
  /** The constructor as written: `rds.DatabaseInstance`, `aws.rds.Instance`; what messages quote. */
  qualified: string;
  /**
   * What the constructor is, import aliases resolved (imports.ts): `ddb.Table` after
   * `from aws_cdk import aws_dynamodb as ddb` is `dynamodb.Table`. What rules match and compare on.
   */
  resolved: string;
  /** The last name of `resolved`: `DatabaseInstance`. */
  className: string;
  /** The id (CDK) or name (Pulumi) argument's source text, identifying it across versions. */
  logicalName: string;
  /** The whole expression. */
  span: Span;
  /** The constructor's name, where a finding about the whole resource points. */
  calleeSpan: Span;
  /** Properties of every object literal / keyword argument passed (props), options excluded. */
  props: CodeProperty[];
  /** Pulumi resource options: the third argument, or `opts=ResourceOptions(...)`. */
  options: CodeProperty[];
  /** Every argument, nested objects and lists flattened (options excluded). */
  arguments: CodeArgument[];
}

/** A reference to a member (`RemovalPolicy.DESTROY`) anywhere in the code, strings and comments excluded. */
export interface MemberReference {
  text: string;
  /** `RP.DESTROY` after `import { RemovalPolicy as RP } from 'aws-cdk-lib'` is `cdk.RemovalPolicy.DESTROY`. */
  resolved: string;
  span: Span;
}

export interface CodeRead {
  resources: CodeResource[];
  members: MemberReference[];
  syntaxError: boolean;
}

const KEY_OF = (name: string) => name.replace(/_/g, '').toLowerCase();

/**
 * Reads the resources of a file; needs loadGrammar(language) first. `local` reads what the
 * repository's own modules export (local-modules.ts), for names imported from them.
 */
export function readCodeResources(text: string, language: CodeLanguage, local?: LocalExports): CodeRead {
  const tree = parserFor(language).parse(text);
  if (!tree) return { resources: [], members: [], syntaxError: true };
  const read: CodeRead = { resources: [], members: [], syntaxError: tree.rootNode.hasError };
  const bindings = readBindings(tree.rootNode, language, local);
  const stack: Node[] = [tree.rootNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'member_expression' || node.type === 'attribute' || node.type === 'field_access')
      read.members.push(member(node, bindings));
    // Go CDK: awscdk.RemovalPolicy_DESTROY is RemovalPolicy.DESTROY.
    if (node.type === 'selector_expression' && /^[A-Z]\w*_[A-Z_]+$/.test(node.childForFieldName('field')?.text ?? ''))
      read.members.push(goEnumMember(node));
    const resource =
      language === 'java'
        ? javaResource(node, bindings)
        : language === 'python'
          ? node.type === 'call'
            ? pythonResource(node, bindings)
            : undefined
          : language === 'go'
            ? node.type === 'call_expression'
              ? goResource(node, bindings)
              : undefined
            : language === 'csharp'
              ? node.type === 'object_creation_expression'
                ? csharpResource(node, bindings)
                : undefined
              : node.type === 'new_expression'
                ? tsResource(node, bindings)
                : undefined;
    if (resource) read.resources.push(resource);
    for (let i = node.namedChildCount - 1; i >= 0; i--) stack.push(node.namedChild(i)!);
  }
  tree.delete();
  read.resources.sort((a, b) => a.span.start - b.span.start);
  return read;
}

function member(node: Node, bindings: ImportBindings): MemberReference {
  const text = node.text.replace(/\s+/g, '');
  return { text, resolved: resolveName(text, bindings), span: spanOf(node) };
}

function goEnumMember(node: Node): MemberReference {
  const text = node.text.replace(/\s+/g, '');
  return { text, resolved: text.replace(/\.([A-Z]\w*?)_([A-Z_]+)$/, '.$1.$2'), span: spanOf(node) };
}

/** `qualified` as written, what it resolves to, and the class name it resolves to. */
function names(written: string, bindings: ImportBindings): Pick<CodeResource, 'qualified' | 'resolved' | 'className'> {
  const resolved = resolveName(written, bindings);
  return { qualified: written, resolved, className: resolved.split('.').pop() ?? '' };
}

function spanOf(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

function classNameOf(callee: Node): string {
  const last =
    callee.type === 'member_expression'
      ? callee.childForFieldName('property')
      : callee.type === 'attribute'
        ? callee.childForFieldName('attribute')
        : callee;
  return last?.text ?? '';
}

function tsResource(node: Node, bindings: ImportBindings): CodeResource | undefined {
  const callee = node.childForFieldName('constructor');
  const args = node.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null) ?? [];
  if (!callee || args.length === 0) return undefined;
  if (!/^[A-Z]/.test(classNameOf(callee))) return undefined;
  // CDK: (scope, id, props); Pulumi: (name, args, opts). The id is the first string-like argument.
  const nameIndex = args.findIndex((a) => a.type === 'string' || a.type === 'template_string');
  const objects = args.map((a, i) => ({ a, i })).filter(({ a }) => a.type === 'object');
  const optionsIndex = nameIndex === 0 && args.length >= 3 && args[2]!.type === 'object' ? 2 : -1;
  return {
    ...names(callee.text.replace(/\s+/g, ''), bindings),
    logicalName: nameIndex >= 0 ? args[nameIndex]!.text : '',
    span: spanOf(node),
    calleeSpan: spanOf(callee),
    props: objects.filter(({ i }) => i !== optionsIndex).flatMap(({ a }) => objectProperties(a)),
    options: optionsIndex >= 0 ? objectProperties(args[2]!) : [],
    arguments: objects.filter(({ i }) => i !== optionsIndex).flatMap(({ a }) => tsArguments(a)),
  };
}

function objectProperties(object: Node): CodeProperty[] {
  const out: CodeProperty[] = [];
  for (const pair of object.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    if (!key || !value) continue;
    const name = key.type === 'string' ? key.text.slice(1, -1) : key.text;
    out.push({ key: KEY_OF(name), name, value: value.text, span: spanOf(pair) });
  }
  return out;
}

function pythonResource(node: Node, bindings: ImportBindings): CodeResource | undefined {
  const callee = node.childForFieldName('function');
  const args = node.childForFieldName('arguments');
  if (!callee || !args || args.type !== 'argument_list') return undefined;
  const className = classNameOf(callee);
  if (!/^[A-Z]/.test(className) || /^(ResourceOptions|CustomTimeouts|Duration|Output)$/.test(className))
    return undefined;
  const positional = args.namedChildren.filter(
    (c): c is Node => c !== null && c.type !== 'keyword_argument' && c.type !== 'comment',
  );
  const keywords = args.namedChildren.filter((c): c is Node => c?.type === 'keyword_argument');
  if (positional.length === 0 && keywords.length === 0) return undefined;
  const nameNode =
    positional.find((a) => a.type === 'string') ??
    keywords
      .find((k) => /^(id|resource_name|construct_id)$/.test(k.childForFieldName('name')?.text ?? ''))
      ?.childForFieldName('value');
  const props: CodeProperty[] = [];
  let options: CodeProperty[] = [];
  for (const keyword of keywords) {
    const name = keyword.childForFieldName('name')?.text ?? '';
    const value = keyword.childForFieldName('value');
    if (!value) continue;
    if (name === 'opts') {
      options = value.type === 'call' ? keywordProperties(value) : [];
      continue;
    }
    props.push({ key: KEY_OF(name), name, value: value.text, span: spanOf(keyword) });
  }
  return {
    ...names(callee.text.replace(/\s+/g, ''), bindings),
    logicalName: nameNode?.text ?? '',
    span: spanOf(node),
    calleeSpan: spanOf(callee),
    props,
    options,
    arguments: [
      ...positional.filter((p) => p.type === 'call').flatMap((p) => argsCallArguments(p)),
      ...pythonArguments(args).filter((a) => a.names[0] !== 'opts'),
    ],
  };
}

/** `aws.rds.InstanceArgs(deletion_protection=True)` passed positionally as the resource's args. */
function argsCallArguments(call: Node): CodeArgument[] {
  const callee = call.childForFieldName('function')?.text ?? '';
  const args = call.childForFieldName('arguments');
  return /Args$/.test(callee) && args ? pythonArguments(args) : [];
}

/** `ResourceOptions(protect=True, retain_on_delete=False)` as properties. */
function keywordProperties(call: Node): CodeProperty[] {
  const args = call.childForFieldName('arguments');
  const out: CodeProperty[] = [];
  for (const keyword of args?.namedChildren ?? []) {
    if (keyword?.type !== 'keyword_argument') continue;
    const name = keyword.childForFieldName('name')?.text ?? '';
    const value = keyword.childForFieldName('value');
    if (value) out.push({ key: KEY_OF(name), name, value: value.text, span: spanOf(keyword) });
  }
  return out;
}

/** A literal boolean in either language; undefined for anything computed. */
export function booleanLiteral(value: string): boolean | undefined {
  return value === 'true' || value === 'True' ? true : value === 'false' || value === 'False' ? false : undefined;
}

export function propertyOf(properties: readonly CodeProperty[], name: string): CodeProperty | undefined {
  const key = KEY_OF(name);
  for (let i = properties.length - 1; i >= 0; i--) if (properties[i]!.key === key) return properties[i];
  return undefined;
}

/** Arguments as the flat properties the older rules read, literals unwrapped (`pulumi.Bool(true)` is `true`). */
function asProperties(args: CodeArgument[]): CodeProperty[] {
  return args
    .filter((a) => a.names.length === 1)
    .map((a) => ({
      key: a.names[0]!,
      name: a.written[0]!,
      value: a.value === undefined ? a.text : String(a.value),
      span: a.span,
    }));
}

/** Go: `rds.NewInstance(ctx, "orders", &rds.InstanceArgs{...}, pulumi.Protect(true))`. */
function goResource(node: Node, bindings: ImportBindings): CodeResource | undefined {
  const callee = node.childForFieldName('function');
  if (callee?.type !== 'selector_expression') return undefined;
  const field = callee.childForFieldName('field')?.text ?? '';
  const pkg = callee.childForFieldName('operand')?.text ?? '';
  if (!/^New[A-Z]/.test(field) || !/^[a-z]\w*$/.test(pkg)) return undefined;
  const args = node.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null) ?? [];
  // CDK's Go binding wraps the id: jsii.String("Uploads").
  const given = args[1];
  const name =
    given?.type === 'call_expression' && /^jsii\.String$/.test(given.childForFieldName('function')?.text ?? '')
      ? given.childForFieldName('arguments')?.namedChildren[0]
      : given;
  if (!name || !/string_literal$/.test(name.type)) return undefined;
  const body = args[2] ? unwrapGo(args[2]).childForFieldName('body') : null;
  const argumentsRead = body ? goArguments(body) : [];
  const options: CodeProperty[] = [];
  for (const option of args.slice(3)) {
    const match = /^pulumi\.(\w+)\(/.exec(option.text);
    const inner = option.childForFieldName('arguments')?.namedChildren[0];
    if (!match || !inner) continue;
    const value = literalOf(inner);
    options.push({
      key: KEY_OF(match[1]!),
      name: match[1]!,
      value: value === undefined ? inner.text : String(value),
      span: spanOf(option),
    });
  }
  return {
    ...names(`${pkg}.${field.slice(3)}`, bindings),
    logicalName: name.text,
    span: spanOf(node),
    calleeSpan: spanOf(callee),
    props: asProperties(argumentsRead),
    options,
    arguments: argumentsRead,
  };
}

/** C#: `new Aws.Rds.Instance("orders", new InstanceArgs { ... }, new CustomResourceOptions { Protect = true })`. */
function csharpResource(node: Node, bindings: ImportBindings): CodeResource | undefined {
  const type = node.childForFieldName('type');
  const args =
    node
      .childForFieldName('arguments')
      ?.namedChildren.filter((c): c is Node => c?.type === 'argument')
      .map((a) => a.namedChildren[a.namedChildren.length - 1]!) ?? [];
  const name = args[0];
  if (!type || !name || !/string/.test(name.type)) return undefined;
  const parts = type.text.replace(/\s+/g, '').split('.');
  const className = parts[parts.length - 1]!;
  if (!/^[A-Z]/.test(className) || /Args$|Options$/.test(className)) return undefined;
  const init = args[1]?.type === 'object_creation_expression' ? args[1].childForFieldName('initializer') : null;
  const argumentsRead = init ? csharpArguments(init) : [];
  const optionsInit = args[2]?.type === 'object_creation_expression' ? args[2].childForFieldName('initializer') : null;
  const options = optionsInit ? asProperties(csharpArguments(optionsInit)) : [];
  // Namespaces lower-cased as the other languages write them: Aws.Rds.Instance is aws.rds.Instance.
  const lowered = [...parts.slice(0, -1).map((p) => p.toLowerCase()), className].join('.');
  const bound = bindings.names.has(parts[0]!) || (parts.length === 1 && bindings.wildcards.length === 1);
  const resolved = bound ? resolveName(parts.join('.'), bindings) : lowered.replace(/^pulumi\./, '');
  return {
    qualified: parts.join('.'),
    resolved,
    className: resolved.split('.').pop() ?? className,
    logicalName: name.text,
    span: spanOf(node),
    calleeSpan: spanOf(type),
    props: asProperties(argumentsRead),
    options,
    arguments: argumentsRead,
  };
}
