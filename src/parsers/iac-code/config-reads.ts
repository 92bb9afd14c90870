import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { parserFor } from '../tree-sitter/loader.js';
import type { CodeLanguage } from './resources.js';

/** Where a program reads a Pulumi stack config key: the call, and the names it is bound to. */
export interface ConfigReads {
  /** `config.require("dbName")`, `cfg.get_bool("protect")`, `conf.Require(ctx, "x")`: the key and the call's span. */
  calls: { key: string; span: Span }[];
  /** `const dbName = config.require("dbName")`: the name, and the key it holds. */
  bindings: Map<string, string>;
}

const CALL_TYPES = new Set(['call_expression', 'call', 'invocation_expression']);
/** A method of a `pulumi.Config` (`require`, `getBoolean`, `require_secret_int`, `RequireBool`, `TryInt`). */
const CONFIG_METHOD = /^(require|get|try)\w*$/i;
/** The object it is called on is a config (`config`, `cfg`, `conf`, `stackConfig`), not a map or the environment. */
const CONFIG_OBJECT = /(^|\.)(\w*config|\w*cfg|\w*conf)$/i;

/**
 * The config keys a Pulumi program reads, by a tree-sitter walk: method calls on a config object
 * whose key is a string literal, and the variables those calls are assigned to.
 */
export function readConfigReads(text: string, language: CodeLanguage): ConfigReads {
  const reads: ConfigReads = { calls: [], bindings: new Map() };
  const tree = parserFor(language).parse(text);
  if (!tree) return reads;
  try {
    const stack: Node[] = [tree.rootNode];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (const child of node.namedChildren) if (child) stack.push(child);
      if (!CALL_TYPES.has(node.type)) continue;
      const key = configKey(node);
      if (key === undefined) continue;
      reads.calls.push({ key, span: { start: node.startIndex, end: node.endIndex } });
      const name = boundName(node);
      if (name) reads.bindings.set(name, key);
    }
  } finally {
    tree.delete();
  }
  return reads;
}

function configKey(call: Node): string | undefined {
  const callee = call.childForFieldName('function') ?? call.namedChildren[0];
  if (!callee) return undefined;
  const text = callee.text;
  const dot = text.lastIndexOf('.');
  if (dot < 0 || !CONFIG_METHOD.test(text.slice(dot + 1)) || !CONFIG_OBJECT.test(text.slice(0, dot))) return undefined;
  const args = call.childForFieldName('arguments') ?? call.namedChildren.find((c) => c?.type.endsWith('argument_list'));
  // Go's config.Require(ctx, "key") takes the context first: the first string literal is the key.
  for (const arg of args?.namedChildren ?? []) {
    const literal = stringOf(arg);
    if (literal !== undefined) return literal;
  }
  return undefined;
}

function stringOf(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'argument') return stringOf(node.namedChildren[0] ?? null);
  if (!/^(string|interpreted_string_literal|raw_string_literal|string_literal)$/.test(node.type)) return undefined;
  const inner = node.text.replace(/^[rbuf]*(["'`])/i, '').replace(/["'`]$/, '');
  return /^[\w.:-]+$/.test(inner) ? inner : undefined;
}

/** The variable a call is assigned to: `const x = ...`, `x = ...`, `x := ...`, `var x = ...`. */
function boundName(call: Node): string | undefined {
  let node: Node | null = call.parent;
  // Through `await`, `pulumi.output(...)`, parentheses: only a direct assignment of the call counts.
  while (node && /^(parenthesized_expression|await_expression|expression_list|equals_value_clause)$/.test(node.type))
    node = node.parent;
  if (!node) return undefined;
  switch (node.type) {
    case 'variable_declarator':
      return node.childForFieldName('name')?.text;
    case 'assignment':
      return node.childForFieldName('left')?.text;
    case 'short_var_declaration':
    case 'assignment_statement':
    case 'var_spec':
      return (node.childForFieldName('left') ?? node.childForFieldName('name'))?.text.split(',')[0]?.trim();
    default:
      return undefined;
  }
}
