import { callFunction, FunctionError } from './functions.js';
import type { HclExpr } from './syntax.js';

/** A value an HCL expression evaluates to before any plan: literals and collections of them. */
export type HclValue = string | number | boolean | null | HclValue[] | { [key: string]: HclValue };

/** What cannot be known without a plan: a resource attribute, a variable with no default, a data source. */
export const UNKNOWN: unique symbol = Symbol('unknown');
export type Evaluated = HclValue | typeof UNKNOWN;

/** Where names in an expression come from: the module's locals and variables, the selected workspace. */
export interface EvalScope {
  /** The expression of `local.<name>`, evaluated lazily in this scope. */
  local(name: string): HclExpr | undefined;
  /** The value of `var.<name>`: its default or its one value in the tfvars, else UNKNOWN. */
  variable(name: string): Evaluated;
  /** `terraform.workspace`, when a caller evaluates for one workspace. */
  workspace?: string;
  /** Other names a dialect defines (Terragrunt's `include`, `dependency`): undefined is unknown. */
  root?(name: string): Evaluated | undefined;
  /** Functions a dialect adds (Terragrunt's `find_in_parent_folders`): undefined leaves the call to the built-ins. */
  call?(name: string, args: Evaluated[]): Evaluated | undefined;
}

/** Locals referring to locals deeper than this are a cycle or not worth following. */
const MAX_DEPTH = 32;

/** A for expression's iteration names, bound to the element at hand. */
type Bindings = ReadonlyMap<string, HclValue>;

/**
 * The value of an expression, or UNKNOWN. An expression Terraform would reject with the values at
 * hand (`regex` without a match, `lookup` of a missing key) is UNKNOWN too: the plan would fail.
 */
export function evaluate(expr: HclExpr, scope: EvalScope, depth = 0): Evaluated {
  try {
    return ev(expr, scope, depth, new Map());
  } catch (error) {
    if (error instanceof FunctionError) return UNKNOWN;
    throw error;
  }
}

function ev(expr: HclExpr, scope: EvalScope, depth: number, bound: Bindings): Evaluated {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const next = (e: HclExpr) => ev(e, scope, depth + 1, bound);
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template': {
      let text = '';
      for (const part of expr.parts) {
        if (typeof part === 'string') text += part;
        else {
          const value = next(part);
          if (value === UNKNOWN || (typeof value === 'object' && value !== null)) return UNKNOWN;
          text += String(value);
        }
      }
      return text;
    }
    case 'traversal':
      return traverse(expr, scope, depth, bound);
    case 'access':
      return follow(next(expr.target), expr.steps, next);
    case 'unary': {
      const value = next(expr.operand);
      if (expr.operator === '!') return typeof value === 'boolean' ? !value : UNKNOWN;
      if (expr.operator === '-') return typeof value === 'number' ? -value : UNKNOWN;
      return UNKNOWN;
    }
    case 'binary': {
      const value = binary(expr.operator, expr.left, expr.right, next);
      if (value !== UNKNOWN || !COMPARISONS.has(expr.operator)) return value;
      // `length(regexall("^prod", terraform.workspace)) > 1` is false whatever the workspace.
      const measure = (e: HclExpr) => bounds(e, scope, depth + 1, bound);
      return compareBounds(expr.operator, measure(expr.left), measure(expr.right));
    }
    case 'conditional': {
      const condition = next(expr.condition);
      if (condition === true || condition === 'true') return next(expr.whenTrue);
      if (condition === false || condition === 'false') return next(expr.whenFalse);
      // Both branches alike: the condition does not matter.
      const whenTrue = next(expr.whenTrue);
      return whenTrue !== UNKNOWN && sameValue(whenTrue, next(expr.whenFalse)) ? whenTrue : UNKNOWN;
    }
    case 'tuple': {
      const items = expr.items.map(next);
      return items.some((v) => v === UNKNOWN) ? UNKNOWN : (items as HclValue[]);
    }
    case 'object': {
      const object: { [key: string]: HclValue } = {};
      for (const entry of expr.entries) {
        const key = next(entry.key);
        const value = next(entry.value);
        if (key === UNKNOWN || value === UNKNOWN || typeof key === 'object') return UNKNOWN;
        object[String(key)] = value;
      }
      return object;
    }
    case 'for':
      return forExpression(expr, scope, depth, bound);
    case 'call':
      return expr.expandsLast ? UNKNOWN : call(expr, next, scope);
    case 'other':
      return UNKNOWN;
  }
}

function traverse(
  expr: Extract<HclExpr, { kind: 'traversal' }>,
  scope: EvalScope,
  depth: number,
  bound: Bindings,
): Evaluated {
  const next = (e: HclExpr) => ev(e, scope, depth + 1, bound);
  const own = bound.get(expr.root);
  if (own !== undefined) return follow(own, expr.steps, next);
  const [first, ...rest] = expr.steps;
  if (typeof first !== 'string') return UNKNOWN;
  let value: Evaluated;
  if (expr.root === 'local') {
    const definition = scope.local(first);
    // A local sees no iteration names: evaluated afresh in the module's scope.
    value = definition ? ev(definition, scope, depth + 1, new Map()) : UNKNOWN;
  } else if (expr.root === 'var') value = scope.variable(first);
  else if (expr.root === 'terraform' && first === 'workspace') value = scope.workspace ?? UNKNOWN;
  else if (scope.root) return follow(scope.root(expr.root) ?? UNKNOWN, expr.steps, next);
  else return UNKNOWN;
  return follow(value, rest, next);
}

/** Attribute and index steps into a value. */
function follow(
  start: Evaluated,
  steps: readonly (string | number | HclExpr)[],
  next: (e: HclExpr) => Evaluated,
): Evaluated {
  let value = start;
  for (const step of steps) {
    if (value === UNKNOWN || value === null || typeof value !== 'object') return UNKNOWN;
    const key = typeof step === 'object' ? next(step) : step;
    if (key === UNKNOWN || (typeof key !== 'string' && typeof key !== 'number')) return UNKNOWN;
    const index = typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : key;
    const found: HclValue | undefined = Array.isArray(value)
      ? typeof index === 'number'
        ? value[index]
        : undefined
      : value[String(key)];
    if (found === undefined) throw new FunctionError(`no element ${String(key)}`);
    value = found;
  }
  return value;
}

function forExpression(
  expr: Extract<HclExpr, { kind: 'for' }>,
  scope: EvalScope,
  depth: number,
  bound: Bindings,
): Evaluated {
  const collection = ev(expr.collection, scope, depth + 1, bound);
  if (collection === UNKNOWN || collection === null || typeof collection !== 'object') return UNKNOWN;
  const elements: [HclValue, HclValue][] = Array.isArray(collection)
    ? collection.map((v, i) => [i, v])
    : Object.keys(collection)
        .sort()
        .map((k) => [k, collection[k]!]);
  const tuple: HclValue[] = [];
  const object: { [key: string]: HclValue } = {};
  for (const [key, value] of elements) {
    const inner = new Map(bound);
    inner.set(expr.valueName, value);
    if (expr.keyName !== undefined) inner.set(expr.keyName, key);
    const next = (e: HclExpr) => ev(e, scope, depth + 1, inner);
    if (expr.condition) {
      const keep = next(expr.condition);
      if (keep === UNKNOWN) return UNKNOWN;
      if (keep !== true) continue;
    }
    const item = next(expr.valueExpr);
    if (item === UNKNOWN) return UNKNOWN;
    if (!expr.keyExpr) {
      tuple.push(item);
      continue;
    }
    const name = next(expr.keyExpr);
    if (name === UNKNOWN || (typeof name === 'object' && name !== null)) return UNKNOWN;
    const k = String(name);
    if (expr.grouped) object[k] = [...((object[k] as HclValue[] | undefined) ?? []), item];
    else if (k in object) throw new FunctionError(`duplicate key ${k}`);
    else object[k] = item;
  }
  return expr.keyExpr ? object : tuple;
}

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=']);

function binary(operator: string, left: HclExpr, right: HclExpr, next: (e: HclExpr) => Evaluated): Evaluated {
  const a = next(left);
  // `false && x` and `true || x` are known whatever x is.
  if (operator === '&&' && a === false) return false;
  if (operator === '||' && a === true) return true;
  const b = next(right);
  if (operator === '&&') return b === false ? false : a === true && typeof b === 'boolean' ? b : UNKNOWN;
  if (operator === '||') return b === true ? true : a === false && typeof b === 'boolean' ? b : UNKNOWN;
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  if (operator === '==') return sameValue(a, b);
  if (operator === '!=') return !sameValue(a, b);
  if (typeof a !== 'number' || typeof b !== 'number') return UNKNOWN;
  switch (operator) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? UNKNOWN : a / b;
    case '%':
      return b === 0 ? UNKNOWN : a % b;
    default:
      return UNKNOWN;
  }
}

/** The range a number lies in when its value is unknown: the sizes functions can return. */
type Bounds = readonly [number, number];

function bounds(expr: HclExpr, scope: EvalScope, depth: number, bound: Bindings): Bounds | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = ev(expr, scope, depth, bound);
  if (typeof value === 'number') return [value, value];
  if (value !== UNKNOWN) return undefined;
  if (expr.kind === 'traversal' && expr.root === 'local' && expr.steps.length === 1) {
    const definition = typeof expr.steps[0] === 'string' ? scope.local(expr.steps[0]) : undefined;
    return definition ? bounds(definition, scope, depth + 1, new Map()) : undefined;
  }
  if (expr.kind !== 'call' || expr.name !== 'length' || expr.args.length !== 1) return undefined;
  const [inner] = expr.args;
  // Matches of a pattern anchored at the start of the text (no multi-line flag): at most one.
  if (inner?.kind === 'call' && inner.name === 'regexall' && inner.args[0]) {
    const pattern = ev(inner.args[0], scope, depth + 1, bound);
    if (typeof pattern === 'string' && /^(\^|\\A)/.test(pattern)) return [0, 1];
  }
  return [0, Infinity];
}

function compareBounds(operator: string, a: Bounds | undefined, b: Bounds | undefined): Evaluated {
  if (!a || !b) return UNKNOWN;
  const [aLow, aHigh] = a;
  const [bLow, bHigh] = b;
  switch (operator) {
    case '>':
      return aLow > bHigh ? true : aHigh <= bLow ? false : UNKNOWN;
    case '>=':
      return aLow >= bHigh ? true : aHigh < bLow ? false : UNKNOWN;
    case '<':
      return aHigh < bLow ? true : aLow >= bHigh ? false : UNKNOWN;
    case '<=':
      return aHigh <= bLow ? true : aLow > bHigh ? false : UNKNOWN;
    case '==':
      return aHigh < bLow || bHigh < aLow ? false : UNKNOWN;
    case '!=':
      return aHigh < bLow || bHigh < aLow ? true : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

function call(expr: Extract<HclExpr, { kind: 'call' }>, next: (e: HclExpr) => Evaluated, scope: EvalScope): Evaluated {
  // can() and try() catch what their arguments fail with, so they evaluate them one by one.
  if (expr.name === 'can') {
    if (expr.args.length !== 1) return UNKNOWN;
    try {
      return next(expr.args[0]!) === UNKNOWN ? UNKNOWN : true;
    } catch (error) {
      if (error instanceof FunctionError) return false;
      throw error;
    }
  }
  if (expr.name === 'try') {
    for (const arg of expr.args) {
      try {
        return next(arg);
      } catch (error) {
        if (!(error instanceof FunctionError)) throw error;
      }
    }
    return UNKNOWN;
  }
  const args = expr.args.map(next);
  const own = scope.call?.(expr.name, args);
  if (own !== undefined) return own;
  if (args.some((a) => a === UNKNOWN)) {
    // coalesce() takes the first non-null: a known first argument decides it.
    if (expr.name === 'coalesce' && args[0] !== UNKNOWN && args[0] !== null && args[0] !== '') return args[0]!;
    return UNKNOWN;
  }
  return callFunction(expr.name, args as HclValue[]) ?? UNKNOWN;
}

export function sameValue(a: Evaluated, b: Evaluated): boolean {
  if (a === UNKNOWN || b === UNKNOWN) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
