import type { z } from 'zod';
import type { PolicyProblem } from './errors.js';
import { closest } from './suggest.js';
import type { YamlSource } from './yaml-source.js';

type Issue = z.core.$ZodIssue;
type SchemaNode = z.core.$ZodType;
// The parts of zod's schema definitions that lead from a path to the schema that checks it.
interface Def {
  type: string;
  shape?: Record<PropertyKey, SchemaNode>;
  valueType?: SchemaNode;
  element?: SchemaNode;
  innerType?: SchemaNode;
}
const defOf = (node: SchemaNode): Def => node._zod.def as Def;

/** Plain-words problems, one per zod issue (one per key for unknown keys), at the node each names. */
export function issueProblems(
  issues: readonly Issue[],
  schema: SchemaNode,
  source: YamlSource,
  file: string,
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = keysOf(schemaAt(schema, issue.path));
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({ file, ...source.locate(path, 'key'), reason: unknownKey(key, known) });
      }
      continue;
    }
    const where = issue.code === 'invalid_key' ? 'key' : 'value';
    problems.push({ file, ...source.locate(issue.path, where), reason: reasonFor(issue, source.data) });
  }
  return problems;
}

export function unknownKey(key: string, known: readonly string[], noun = 'key'): string {
  const guess = closest(key, known);
  if (guess) return `unknown ${noun} "${key}" (did you mean "${guess}"?)`;
  return known.length > 0
    ? `unknown ${noun} "${key}"; expected one of ${known.join(', ')}`
    : `unknown ${noun} "${key}"`;
}

function reasonFor(issue: Issue, data: unknown): string {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `missing required key "${String(issue.path.at(-1))}"`;
      if (value === null) return `"${String(issue.path.at(-1))}" has no value; give ${expected(issue.expected)}`;
      return `expected ${expected(issue.expected)}, got ${describe(value)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}, got ${describe(value)}`;
    case 'too_small':
      if (issue.origin === 'array') return 'expected at least one entry, got an empty list';
      if (issue.origin === 'string') return 'expected a non-empty string';
      return `expected a whole number of at least ${String(issue.minimum)}, got ${describe(value)}`;
    case 'invalid_key': {
      const inner = issue.issues[0];
      const key = String(issue.path.at(-1));
      return inner ? `${inner.message}, got "${key}"` : `invalid key "${key}"`;
    }
    default:
      return typeof value === 'string' ? `${issue.message}, got ${describe(value)}` : issue.message;
  }
}

function expected(type: string): string {
  switch (type) {
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a mapping';
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a string';
    default:
      return type;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function schemaAt(schema: SchemaNode, path: readonly PropertyKey[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = unwrap(schema);
  for (const segment of path) {
    if (!node) return undefined;
    const def: Def = defOf(node);
    if (def.type === 'object') node = def.shape?.[segment];
    else if (def.type === 'record') node = def.valueType;
    else if (def.type === 'array') node = def.element;
    else return undefined;
    node = node && unwrap(node);
  }
  return node;
}

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  let def = defOf(current);
  while (['optional', 'default', 'nullable'].includes(def.type) && def.innerType) {
    current = def.innerType;
    def = defOf(current);
  }
  return current;
}

function keysOf(node: SchemaNode | undefined): string[] {
  const def = node && defOf(node);
  if (def?.type !== 'object' || !def.shape) return [];
  return Object.keys(def.shape).filter((k) => !k.startsWith('$'));
}
