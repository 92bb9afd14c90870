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
}

/** Locals referring to locals deeper than this are a cycle or not worth following. */
const MAX_DEPTH = 32;

export function evaluate(expr: HclExpr, scope: EvalScope, depth = 0): Evaluated {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const next = (e: HclExpr) => evaluate(e, scope, depth + 1);
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
      return traverse(expr, scope, depth);
    case 'unary': {
      const value = next(expr.operand);
      if (expr.operator === '!') return typeof value === 'boolean' ? !value : UNKNOWN;
      if (expr.operator === '-') return typeof value === 'number' ? -value : UNKNOWN;
      return UNKNOWN;
    }
    case 'binary':
      return binary(expr.operator, expr.left, expr.right, next);
    case 'conditional': {
      const condition = next(expr.condition);
      if (condition === true) return next(expr.whenTrue);
      if (condition === false) return next(expr.whenFalse);
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
    case 'call':
      return expr.expandsLast ? UNKNOWN : call(expr.name, expr.args.map(next));
    case 'other':
      return UNKNOWN;
  }
}

function traverse(expr: Extract<HclExpr, { kind: 'traversal' }>, scope: EvalScope, depth: number): Evaluated {
  const [first, ...rest] = expr.steps;
  if (typeof first !== 'string') return UNKNOWN;
  let value: Evaluated;
  if (expr.root === 'local') {
    const definition = scope.local(first);
    value = definition ? evaluate(definition, scope, depth + 1) : UNKNOWN;
  } else if (expr.root === 'var') value = scope.variable(first);
  else if (expr.root === 'terraform' && first === 'workspace') value = scope.workspace ?? UNKNOWN;
  else return UNKNOWN;
  for (const step of rest) {
    if (value === UNKNOWN || value === null || typeof value !== 'object') return UNKNOWN;
    const key = typeof step === 'object' ? evaluate(step, scope, depth + 1) : step;
    if (key === UNKNOWN || (typeof key !== 'string' && typeof key !== 'number')) return UNKNOWN;
    const found: HclValue | undefined = Array.isArray(value)
      ? typeof key === 'number'
        ? value[key]
        : undefined
      : value[String(key)];
    if (found === undefined) return UNKNOWN;
    value = found;
  }
  return value;
}

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

/** The built-in functions whose result matters for a flag or a count; any other call is UNKNOWN. */
function call(name: string, args: Evaluated[]): Evaluated {
  if (args.some((a) => a === UNKNOWN)) {
    // coalesce() takes the first non-null: a known first argument decides it.
    if (name === 'coalesce' && args[0] !== UNKNOWN && args[0] !== null && args[0] !== '') return args[0]!;
    return UNKNOWN;
  }
  const values = args as HclValue[];
  const [first] = values;
  switch (name) {
    case 'tobool':
      return typeof first === 'boolean' ? first : first === 'true' ? true : first === 'false' ? false : UNKNOWN;
    case 'tonumber':
      return typeof first === 'number'
        ? first
        : typeof first === 'string' && first.trim() !== '' && !Number.isNaN(Number(first))
          ? Number(first)
          : UNKNOWN;
    case 'tostring':
      return typeof first === 'string' || typeof first === 'number' || typeof first === 'boolean'
        ? String(first)
        : UNKNOWN;
    case 'toset':
      return Array.isArray(first) ? unique(first) : UNKNOWN;
    case 'tolist':
      return Array.isArray(first) ? first : UNKNOWN;
    case 'tomap':
      return first !== null && typeof first === 'object' && !Array.isArray(first) ? first : UNKNOWN;
    case 'length':
      if (typeof first === 'string' || Array.isArray(first)) return first.length;
      return first !== null && typeof first === 'object' ? Object.keys(first).length : UNKNOWN;
    case 'keys':
      return first !== null && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first).sort() : UNKNOWN;
    case 'coalesce':
      return values.find((v) => v !== null && v !== '') ?? UNKNOWN;
    case 'lower':
      return typeof first === 'string' ? first.toLowerCase() : UNKNOWN;
    case 'upper':
      return typeof first === 'string' ? first.toUpperCase() : UNKNOWN;
    case 'contains':
      return Array.isArray(first) && values.length === 2 ? first.some((v) => sameValue(v, values[1]!)) : UNKNOWN;
    case 'min':
    case 'max': {
      if (values.length === 0 || !values.every((v) => typeof v === 'number')) return UNKNOWN;
      return name === 'min' ? Math.min(...(values as number[])) : Math.max(...(values as number[]));
    }
    default:
      return UNKNOWN;
  }
}

function unique(values: HclValue[]): HclValue[] {
  const out: HclValue[] = [];
  for (const v of values) if (!out.some((o) => sameValue(o, v))) out.push(v);
  return out;
}

export function sameValue(a: Evaluated, b: Evaluated): boolean {
  if (a === UNKNOWN || b === UNKNOWN) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
