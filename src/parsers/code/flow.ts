import type { Node } from 'web-tree-sitter';

/**
 * Where a value goes inside one file: the names bound to it (`keys = r.keys('*')`), the loop
 * variables that walk it (`for k in keys`, `for _, k := range keys`, `keys.forEach(k => …)`) and
 * the names bound from those, transitively. Deliberately coarse: a name counts in the function
 * (or block) it was bound in, whichever branch bound it, so an attacker gains nothing by a detour
 * through a variable, a loop or a callback.
 */
export interface Flow {
  /** Whether the node is one of the sources or holds one. */
  holdsSource(node: Node): boolean;
  /** Whether the node holds a source or a name that carries one there. */
  carries(node: Node, exclude?: Node): boolean;
}

/** Statements that bind the names on their left to the value on their right, in every grammar read. */
const BINDERS = new Set([
  'assignment',
  'assignment_expression',
  'assignment_statement',
  'augmented_assignment',
  'variable_declarator',
  'short_var_declaration',
  'var_spec',
  'named_expression',
  'let_declaration',
  // Loops: the variable walks what the loop iterates.
  'for_statement',
  'for_in_statement',
  'for_in_clause',
  'range_clause',
  'enhanced_for_statement',
  'foreach_statement',
  'for_expression',
  'for',
]);

/** Literal functions passed to a call (`forEach(k => …)`, `fn k -> … end`, `do |k| … end`). */
const FUNCTION_LITERALS = new Set([
  'arrow_function',
  'function_expression',
  'function',
  'lambda',
  'lambda_expression',
  'anonymous_function',
  'func_literal',
  'closure_expression',
  'block',
  'do_block',
]);

const NAME_TYPES = new Set([
  'identifier',
  'variable_name',
  'shorthand_property_identifier',
  'shorthand_property_identifier_pattern',
  'simple_identifier',
]);

/** Nodes a name bound inside them is visible in. */
const SCOPE = /function|method|lambda|closure|block|body|^program$|^module$|^source$|^source_file$|compilation_unit/;

interface Binding {
  targets: string[];
  values: Node[];
  /** A callback's own literal: what it is given is not what it computes. */
  exclude?: Node;
  scope: Node;
}

export function flowFrom(root: Node, sources: readonly Node[]): Flow {
  const tainted = new Map<string, Node[]>();
  const within = (inner: Node, outer: Node) => outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
  const holdsSource = (node: Node) => sources.some((s) => within(s, node));
  const sourceIds = new Set(sources.map((s) => s.id));
  const carries = (node: Node, exclude?: Node): boolean => {
    if (exclude && node.id === exclude.id) return false;
    if (sourceIds.has(node.id)) return true;
    if (NAME_TYPES.has(node.type) && taintedAt(node)) return true;
    for (const child of node.namedChildren) if (child && carries(child, exclude)) return true;
    return false;
  };
  // A name means what its innermost binding means: `k` of one function is not `k` of another.
  const bound = new Map<string, Node[]>();
  const taintedAt = (use: Node): boolean => {
    const scopes = tainted.get(use.text);
    if (!scopes) return false;
    let innermost: Node | undefined;
    for (const scope of bound.get(use.text) ?? [])
      if (within(use, scope) && (!innermost || scope.startIndex >= innermost.startIndex)) innermost = scope;
    return innermost !== undefined && scopes.some((s) => s.id === innermost!.id);
  };
  if (sources.length === 0) return { holdsSource, carries };
  const bindings = bindingsOf(root);
  for (const binding of bindings)
    for (const name of binding.targets) bound.set(name, [...(bound.get(name) ?? []), binding.scope]);
  for (let round = 0, changed = true; changed && round < 8; round++) {
    changed = false;
    for (const binding of bindings) {
      if (!binding.values.some((v) => carries(v, binding.exclude))) continue;
      for (const name of binding.targets) {
        const scopes = tainted.get(name) ?? [];
        if (scopes.some((s) => s.id === binding.scope.id)) continue;
        tainted.set(name, [...scopes, binding.scope]);
        changed = true;
      }
    }
  }
  return { holdsSource, carries };
}

function bindingsOf(root: Node): Binding[] {
  const out: Binding[] = [];
  const visit = (node: Node) => {
    const binding = bindingOf(node) ?? callbackOf(node);
    if (binding) out.push(binding);
    for (const child of node.namedChildren) if (child && child.type !== 'comment') visit(child);
  };
  visit(root);
  return out;
}

function bindingOf(node: Node): Binding | undefined {
  let left: Node | null = null;
  let right: Node | null = null;
  if (BINDERS.has(node.type)) {
    left = node.childForFieldName('left') ?? node.childForFieldName('name') ?? node.childForFieldName('pattern');
    right = node.childForFieldName('right') ?? node.childForFieldName('value');
    // C# `var keys = …` and PHP `foreach ($keys as $k)` name no field for one side.
    if (left && !right && node.type === 'variable_declarator') right = node.namedChildren.at(-1) ?? null;
    if (!left && !right && node.type === 'foreach_statement') {
      right = node.namedChildren[0] ?? null;
      left = node.namedChildren[1] ?? null;
    }
  } else if (node.type === 'binary_operator') {
    // Elixir `keys = …` and `for k <- keys`.
    const operator = node.childForFieldName('operator')?.text;
    if (operator === '=' || operator === '<-') {
      left = node.childForFieldName('left');
      right = node.childForFieldName('right');
    }
  }
  if (!left || !right || left.id === right.id) return undefined;
  return { targets: namesIn(left), values: [right], scope: scopeOf(node) };
}

/** `keys.forEach(k => …)`, `Enum.each(keys, fn k -> … end)`, `keys.each do |k| … end`: the parameters take the items. */
function callbackOf(node: Node): Binding | undefined {
  if (!/call|invocation/.test(node.type)) return undefined;
  const argumentLists = node.namedChildren.filter((c) => c !== null && /arguments|argument_list/.test(c.type));
  const literal = [...node.namedChildren, ...argumentLists.flatMap((a) => a?.namedChildren ?? [])].find(
    (c): c is Node => c !== null && FUNCTION_LITERALS.has(c.type),
  );
  if (!literal) return undefined;
  const parameters = parametersOf(literal);
  if (!parameters) return undefined;
  const targets = namesIn(parameters);
  if (targets.length === 0) return undefined;
  return { targets, values: [node], exclude: literal, scope: literal };
}

function parametersOf(literal: Node): Node | undefined {
  const field = literal.childForFieldName('parameter') ?? literal.childForFieldName('parameters');
  if (field) return field;
  for (const child of literal.namedChildren) {
    if (!child) continue;
    if (/parameters|parameter_list/.test(child.type)) return child;
    // Elixir `fn k -> … end`: the clause's left side.
    if (child.type === 'stab_clause') return child.childForFieldName('left') ?? undefined;
  }
  return undefined;
}

function namesIn(node: Node): string[] {
  const names: string[] = [];
  const visit = (n: Node) => {
    if (NAME_TYPES.has(n.type)) names.push(n.text);
    else for (const child of n.namedChildren) if (child) visit(child);
  };
  visit(node);
  return names;
}

function scopeOf(node: Node): Node {
  let scope = node.parent;
  while (scope?.parent && !SCOPE.test(scope.type)) scope = scope.parent;
  return scope ?? node;
}
