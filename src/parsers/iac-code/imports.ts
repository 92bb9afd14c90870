import type { Node } from 'web-tree-sitter';

/**
 * What the names of a CDK app or Pulumi program stand for, whatever the author called them:
 * `from aws_cdk import aws_dynamodb as ddb` makes `ddb.Table` the CDK's `dynamodb.Table`,
 * `import pulumi_aws as aws_` makes `aws_.rds.Instance` Pulumi's `aws.rds.Instance`. An agent
 * chooses its names, so the readers match constructors on what a name is bound to, not on how it
 * is spelled. Bindings are read from imports (TypeScript/JavaScript, Python, Go, C#) and from
 * aliases made in the same file (`const { Table: T } = dynamodb`, `T = ddb.Table`,
 * `const { aws_rds: rds } = require('aws-cdk-lib')`).
 *
 * Names are canonical dotted paths as the libraries' own examples write them: the CDK's modules
 * by service (`dynamodb`, `rds`; the root library is `cdk`), Pulumi's by provider and module
 * (`aws.rds`, `gcp.sql`, `kubernetes.core.v1`).
 */
export interface ImportBindings {
  /** Local name -> canonical path. */
  names: Map<string, string>;
  /** Modules whose every name is in scope (`from aws_cdk.aws_s3 import *`, C# `using Pulumi.Aws.S3;`). */
  wildcards: string[];
}

export type BindingLanguage = 'typescript' | 'tsx' | 'python' | 'go' | 'csharp' | 'java';

/**
 * What a module of the repository exports (`./infra`, `.infra`), for an import from it: the
 * names it binds, re-exports included. Undefined when the module was not read.
 */
export type LocalExports = (specifier: string) => ImportBindings | undefined;

/** A module as imported -> its canonical path, or undefined when it is neither CDK nor Pulumi. */
export function canonicalModule(specifier: string): string | undefined {
  // TypeScript/JavaScript specifiers.
  let m = /^aws-cdk-lib(?:\/aws-([a-z0-9-]+))?$/.exec(specifier) ?? /^@aws-cdk\/aws-([a-z0-9-]+)$/.exec(specifier);
  if (m) return m[1] ? m[1].replace(/-/g, '_') : 'cdk';
  if (specifier === '@aws-cdk/core') return 'cdk';
  m = /^@pulumi\/([a-z0-9-]+)(?:\/(.+))?$/.exec(specifier);
  if (m) return [m[1]!.replace(/-/g, '_'), ...(m[2] ? m[2].split('/') : [])].join('.');
  // Python dotted modules.
  m = /^aws_cdk(?:\.aws_([a-z0-9_]+))?((?:\.\w+)*)$/.exec(specifier);
  if (m) return normalisePath(`${m[1] ?? 'cdk'}${m[2] ?? ''}`);
  m = /^pulumi_([a-z0-9_]+)((?:\.\w+)*)$/.exec(specifier);
  if (m) return `${m[1]}${m[2] ?? ''}`;
  if (/^pulumi(\.\w+)*$/.test(specifier)) return specifier;
  // Go import paths: github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds, github.com/pulumi/pulumi/sdk/v3/go/pulumi.
  m = /^github\.com\/pulumi\/pulumi(?:-[a-z0-9-]+)?\/sdk\/(?:v\d+\/)?go\/(.+)$/.exec(specifier);
  if (m) return m[1]!.split('/').join('.');
  // C# namespaces: Pulumi.Aws.Rds.
  m = /^Pulumi((?:\.\w+)*)$/.exec(specifier);
  if (m) return m[1] ? m[1].slice(1).toLowerCase() : 'pulumi';
  return undefined;
}

/** `cdk.aws_rds.DatabaseInstance` (the root library's namespace member) is `rds.DatabaseInstance`. */
function normalisePath(path: string): string {
  return path.replace(/(^|\.)cdk\.aws_([a-z0-9_]+)(?=\.|$)/, '$1$2');
}

/**
 * The canonical name of a dotted name as written (`ddb.Table`, `T`, `aws_.rds.Instance`), or
 * the name as written when its first part is bound to nothing known.
 */
export function resolveName(written: string, bindings: ImportBindings): string {
  const parts = written.split('.');
  const bound = bindings.names.get(parts[0]!);
  if (bound !== undefined) return normalisePath([bound, ...parts.slice(1)].join('.'));
  if (parts.length === 1 && bindings.wildcards.length === 1)
    return normalisePath(`${bindings.wildcards[0]}.${written}`);
  return normalisePath(written);
}

/**
 * Reads the bindings of a parsed file, in source order (an alias counts from where it is made).
 * `local` reads what the repository's own modules export, so a name re-exported under another
 * name (`export { Instance as DbInstance } from '@pulumi/aws/rds'` in `./infra`) still resolves.
 */
export function readBindings(root: Node, language: BindingLanguage, local?: LocalExports): ImportBindings {
  const bindings: ImportBindings = { names: new Map(), wildcards: [] };
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    switch (language) {
      case 'python':
        python(node, bindings, local);
        break;
      case 'go':
        go(node, bindings);
        break;
      case 'csharp':
        csharp(node, bindings);
        break;
      case 'java':
        java(node, bindings);
        break;
      default:
        typescript(node, bindings, local);
    }
    for (let i = node.namedChildCount - 1; i >= 0; i--) stack.push(node.namedChild(i)!);
  }
  return bindings;
}

/**
 * The names a module exports, as an importer sees them. Python: every name it binds. TypeScript:
 * `export { A as B } from '...'`, `export * from '...'`, `export * as ns from '...'`, `export { A }`
 * and `export const A = ...` of a bound name.
 */
export function readExports(root: Node, language: BindingLanguage, local?: LocalExports): ImportBindings {
  const bindings = readBindings(root, language, local);
  if (language === 'python') return bindings;
  const exported: ImportBindings = { names: new Map(), wildcards: [] };
  for (const statement of named(root)) {
    if (statement.type !== 'export_statement') continue;
    const source = stringValue(statement.childForFieldName('source'));
    const from = source === undefined ? undefined : moduleBindings(source, local);
    const clause = named(statement).find((c) => c.type === 'export_clause');
    const declaration = statement.childForFieldName('declaration');
    if (clause) {
      for (const spec of named(clause)) {
        if (spec.type !== 'export_specifier') continue;
        const name = spec.childForFieldName('name')?.text;
        const alias = spec.childForFieldName('alias')?.text ?? name;
        if (!name || !alias) continue;
        const target = source === undefined ? bound(bindings, name) : from ? memberOf(from, name) : undefined;
        if (target !== undefined) exported.names.set(alias, target);
      }
    } else if (source !== undefined && from) {
      // `export * as ns from 'x'` names the module; `export * from 'x'` passes its names on.
      const namespace = named(statement).find((c) => c.type === 'namespace_export');
      const alias = namespace ? named(namespace).find((c) => c.type === 'identifier')?.text : undefined;
      if (alias && from.module !== undefined) exported.names.set(alias, from.module);
      else if (!namespace) {
        if (from.module !== undefined) exported.wildcards.push(from.module);
        for (const [k, v] of from.exports?.names ?? []) exported.names.set(k, v);
        exported.wildcards.push(...(from.exports?.wildcards ?? []));
      }
    } else if (declaration) {
      for (const declarator of named(declaration)) {
        const name = declarator.type === 'variable_declarator' ? declarator.childForFieldName('name') : null;
        if (name?.type === 'identifier' && bindings.names.has(name.text))
          exported.names.set(name.text, bindings.names.get(name.text)!);
      }
    }
  }
  return exported;
}

/** A specifier as a known library module, or as the exports of a module of the repository. */
function moduleBindings(
  specifier: string,
  local: LocalExports | undefined,
): { module?: string; exports?: ImportBindings } | undefined {
  const canonical = canonicalModule(specifier);
  if (canonical !== undefined) return { module: canonical };
  const exports = /^\./.test(specifier) ? local?.(specifier) : undefined;
  return exports ? { exports } : undefined;
}

function memberOf(from: { module?: string; exports?: ImportBindings }, name: string): string | undefined {
  if (from.module !== undefined) return normalisePath(`${from.module}.${name}`);
  const exports = from.exports!;
  if (exports.names.has(name)) return exports.names.get(name);
  return exports.wildcards.length === 1 ? normalisePath(`${exports.wildcards[0]}.${name}`) : undefined;
}

function bound(bindings: ImportBindings, name: string): string | undefined {
  return bindings.names.has(name) ? bindings.names.get(name) : undefined;
}

const named = (node: Node) => node.namedChildren.filter((c): c is Node => c !== null);

function bindModule(bindings: ImportBindings, local: string, specifier: string): void {
  const canonical = canonicalModule(specifier);
  if (canonical !== undefined) bindings.names.set(local, canonical);
}

/** `local = <bound name>.<member>`: an alias of something already bound. */
function bindAlias(bindings: ImportBindings, local: string, written: string): void {
  const root = written.split('.')[0]!;
  if (bindings.names.has(root)) bindings.names.set(local, resolveName(written, bindings));
}

function python(node: Node, bindings: ImportBindings, local?: LocalExports): void {
  if (node.type === 'import_statement') {
    for (const name of named(node)) {
      if (name.type === 'aliased_import') {
        const module = name.childForFieldName('name')?.text;
        const alias = name.childForFieldName('alias')?.text;
        if (module && alias) bindModule(bindings, alias, module);
      } else if (name.type === 'dotted_name') {
        // `import aws_cdk.aws_rds` binds `aws_cdk`; the rest is reached through it.
        const first = name.text.split('.')[0]!;
        bindModule(bindings, first, first);
      }
    }
  } else if (node.type === 'import_from_statement') {
    const module = node.childForFieldName('module_name')?.text;
    const base = module ? canonicalModule(module) : undefined;
    if (base === undefined) {
      // `from .infra import rds as r`: a name the repository's own module binds.
      const exports = module?.startsWith('.') ? local?.(module) : undefined;
      if (exports) pythonLocalNames(node, exports, bindings);
      return;
    }
    for (const name of named(node)) {
      if (name.type === 'wildcard_import') bindings.wildcards.push(base);
      if (name === node.childForFieldName('module_name')) continue;
      const imported = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
      const local = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text;
      if (!imported || !local || name.type === 'wildcard_import') continue;
      // `from aws_cdk import aws_dynamodb` is the module; `from pulumi_aws import rds` likewise.
      bindings.names.set(local, normalisePath(`${base}.${imported}`));
    }
  } else if (node.type === 'assignment') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left?.type === 'identifier' && (right?.type === 'attribute' || right?.type === 'identifier'))
      bindAlias(bindings, left.text, right.text.replace(/\s+/g, ''));
  }
}

/** The names a `from .module import a as b` takes from a module of the repository. */
function pythonLocalNames(node: Node, exports: ImportBindings, bindings: ImportBindings): void {
  for (const name of named(node)) {
    if (name === node.childForFieldName('module_name')) continue;
    if (name.type === 'wildcard_import') {
      for (const [k, v] of exports.names) bindings.names.set(k, v);
      continue;
    }
    const imported = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
    const alias = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text;
    const target = imported === undefined ? undefined : exports.names.get(imported);
    if (alias && target !== undefined) bindings.names.set(alias, target);
  }
}

function typescript(node: Node, bindings: ImportBindings, local?: LocalExports): void {
  if (node.type === 'import_statement') {
    const source = stringValue(node.childForFieldName('source'));
    const clause = named(node).find((c) => c.type === 'import_clause');
    if (source === undefined || !clause) return;
    if (canonicalModule(source) === undefined) {
      // `import { DbInstance as Db } from './infra'`: what the repository's own module exports.
      const exports = source.startsWith('.') ? local?.(source) : undefined;
      if (exports) tsLocalNames(clause, exports, bindings);
      return;
    }
    const base = canonicalModule(source)!;
    for (const part of named(clause)) {
      if (part.type === 'identifier') bindings.names.set(part.text, base);
      else if (part.type === 'namespace_import') {
        const local = named(part).find((c) => c.type === 'identifier')?.text;
        if (local) bindings.names.set(local, base);
      } else if (part.type === 'named_imports') {
        for (const spec of named(part)) {
          if (spec.type !== 'import_specifier') continue;
          const imported = spec.childForFieldName('name')?.text;
          const local = spec.childForFieldName('alias')?.text ?? imported;
          if (imported && local) bindings.names.set(local, normalisePath(`${base}.${imported}`));
        }
      }
    }
  } else if (node.type === 'variable_declarator') {
    const name = node.childForFieldName('name');
    const value = unwrapTs(node.childForFieldName('value'));
    if (!name || !value) return;
    let source: string | undefined;
    if (value.type === 'call_expression' && value.childForFieldName('function')?.text === 'require') {
      const specifier = stringValue(value.childForFieldName('arguments')?.namedChildren[0] ?? null);
      source = specifier !== undefined ? canonicalModule(specifier) : undefined;
    } else if (value.type === 'member_expression' || value.type === 'identifier') {
      const written = value.text.replace(/\s+/g, '');
      if (bindings.names.has(written.split('.')[0]!)) source = resolveName(written, bindings);
    }
    if (source === undefined) return;
    if (name.type === 'identifier') bindings.names.set(name.text, source);
    else if (name.type === 'object_pattern') {
      // `const { Table: T, Bucket } = dynamodb`: each property of the bound module.
      for (const prop of named(name)) {
        if (prop.type === 'shorthand_property_identifier_pattern')
          bindings.names.set(prop.text, normalisePath(`${source}.${prop.text}`));
        else if (prop.type === 'pair_pattern') {
          const key = prop.childForFieldName('key')?.text;
          const local = prop.childForFieldName('value');
          if (key && local?.type === 'identifier') bindings.names.set(local.text, normalisePath(`${source}.${key}`));
        }
      }
    }
  }
}

/** The names an `import { A as B } from './local'` takes from a module of the repository. */
function tsLocalNames(clause: Node, exports: ImportBindings, bindings: ImportBindings): void {
  for (const part of named(clause)) {
    if (part.type !== 'named_imports') continue;
    for (const spec of named(part)) {
      if (spec.type !== 'import_specifier') continue;
      const imported = spec.childForFieldName('name')?.text;
      const alias = spec.childForFieldName('alias')?.text ?? imported;
      const target = imported === undefined ? undefined : memberOf({ exports }, imported);
      if (alias && target !== undefined) bindings.names.set(alias, target);
    }
  }
}

/** `require('x') as typeof import('x')`, `(cdk.aws_rds)`: the value inside. */
function unwrapTs(node: Node | null): Node | null {
  let current = node;
  while (
    current &&
    /^(parenthesized_expression|as_expression|satisfies_expression|non_null_expression)$/.test(current.type)
  )
    current = current.namedChildren[0] ?? null;
  return current;
}

function stringValue(node: Node | null): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  return node.text.slice(1, -1);
}

function go(node: Node, bindings: ImportBindings): void {
  if (node.type !== 'import_spec') return;
  const path = node.childForFieldName('path')?.text.slice(1, -1);
  const canonical = path ? canonicalModule(path) : undefined;
  if (!path || canonical === undefined) return;
  const alias = node.childForFieldName('name')?.text;
  if (alias === '_') return;
  if (alias === '.') bindings.wildcards.push(canonical);
  else bindings.names.set(alias ?? path.split('/').pop()!, canonical);
}

function csharp(node: Node, bindings: ImportBindings): void {
  if (node.type !== 'using_directive') return;
  const match = /^using\s+(static\s+)?(?:(\w+)\s*=\s*)?([\w.]+)\s*;$/s.exec(node.text.trim());
  if (!match) return;
  const canonical = canonicalModule(match[3]!);
  if (canonical === undefined) return;
  if (match[2]) bindings.names.set(match[2], canonical);
  // `using Pulumi.Aws.S3;` brings its classes into scope; `using Pulumi;` brings the providers' namespaces (`Aws.Rds`).
  else if (canonical !== 'pulumi') bindings.wildcards.push(canonical);
}

/**
 * Java CDK: `import software.amazon.awscdk.services.dynamodb.Table;` binds `Table` to
 * `dynamodb.Table`. A wildcard import (`services.s3.*`) binds nothing: with two of them a class
 * name could come from either, and a resource must keep one name on both sides of a change.
 */
function java(node: Node, bindings: ImportBindings): void {
  if (node.type !== 'import_declaration' || node.namedChildren.some((c) => c?.type === 'asterisk')) return;
  const path = node.namedChildren.find((c) => c?.type === 'scoped_identifier')?.text.replace(/\s+/g, '');
  const service = path && /^software\.amazon\.awscdk\.services\.(\w+)\.(\w+)$/.exec(path);
  if (service) bindings.names.set(service[2]!, `${service[1]}.${service[2]}`);
}
