import type { Node } from 'web-tree-sitter';
import { propertiesOf } from '../../../../parsers/code/read.js';
import { evaluate, type Scope } from '../../../../parsers/code/values.js';

/**
 * Conditions every row meets, as ORMs and query builders write them. A delete "scoped" by one of
 * these is a delete of the whole table: an agent that was told to add a where can add `1 = 1`.
 */

/** A SQL condition every row meets: "1 = 1", "TRUE", "'a' = 'a'". */
export function tautologyText(text: string): boolean {
  return /^["'`]?\s*\(?\s*(1\s*=\s*1|0\s*=\s*0|true|'(\w*)'\s*=\s*'\2')\s*\)?\s*["'`]?$/i.test(text.trim());
}

/** A condition argument every row meets: a tautological string (through a constant) or `o => true`. */
export function isTautology(node: Node, scope: Scope): boolean {
  if (/^\(?\s*\w+\s*\)?\s*=>\s*true$/.test(node.text.trim())) return true;
  return tautologyText(evaluate(node, scope).text);
}

/** The primary key: every row has one, so "it is not null" or "it is positive" holds for all. */
const KEY_FIELD = /^(id|_id|pk)$/i;
const NOTHING = /^(null|undefined|None|nil)$/;

/** When a row was made or last changed: every row already there was, before now. */
const CREATED_FIELD = /^(created|inserted|updated)(At|_at|On|_on)$/;
const NOW = /^(new Date\(\)|new Date\(Date\.now\(\)\)|Date\.now\(\)|NOW\(\)|now\(\))$/;

/** `{ lt: new Date() }`, `{ [Op.lte]: new Date() }`: before now. */
function beforeNow(value: Node, scope: Scope): boolean {
  const inner = propertiesOf(value, scope);
  if (inner.length !== 1 || value.type !== 'object') return false;
  const op = operatorOf(inner[0]!.key);
  return (op === 'lt' || op === 'lte') && NOW.test(inner[0]!.value.text.replace(/\s+/g, ' ').trim());
}

/** `$ne`, `[Op.ne]`, `not` -> `ne`, `ne`, `not`. */
function operatorOf(key: string): string {
  return key
    .replace(/^\[|\]$/g, '')
    .replace(/^(Op|Sequelize\.Op)\./, '')
    .replace(/^\$/, '');
}

/**
 * A filter object whose every property holds for every row: `{}`, `{ id: { not: null } }`,
 * `{ id: { [Op.ne]: null } }`, `{ _id: { $exists: true } }`, `{ id: { gte: 0 } }`,
 * `{ id: Not(IsNull()) }`, `{ createdAt: { lt: new Date() } }` (every row was made before now),
 * and, where the ORM drops undefined from a filter (Prisma, TypeORM), `{ id: undefined }`. A name
 * bound once to such an object counts too.
 */
export function matchesEveryRow(
  node: Node,
  scope: Scope,
  options: { undefinedIsNoFilter?: boolean } = {},
  depth = 0,
): boolean {
  if (node.type === 'identifier' && depth < 3) {
    const assigned = scope.constants.get(node.text);
    return assigned ? matchesEveryRow(assigned, scope, options, depth + 1) : false;
  }
  if (!['object', 'dictionary', 'hash'].includes(node.type)) return false;
  const props = propertiesOf(node, scope);
  // `{ ...filters }` spreads what a caller passed: not an empty filter.
  if (node.namedChildren.some((c) => c?.type === 'spread_element' || c?.type === 'dictionary_splat')) return false;
  return props.every((p) => {
    if (p.key === 'AND' && p.value.type === 'array' && p.value.namedChildren.length === 0) return true;
    if (CREATED_FIELD.test(p.key)) return beforeNow(p.value, scope);
    return KEY_FIELD.test(p.key) && keyAlwaysMatches(p.value, scope, options);
  });
}

function keyAlwaysMatches(value: Node, scope: Scope, options: { undefinedIsNoFilter?: boolean }): boolean {
  const text = value.text.replace(/\s+/g, '');
  if (options.undefinedIsNoFilter && text === 'undefined') return true;
  // TypeORM's find operators: Not(IsNull()), MoreThan(0), MoreThanOrEqual(0).
  if (/^Not\(IsNull\(\)\)$|^MoreThan(OrEqual)?\(0\)$/.test(text)) return true;
  const inner = propertiesOf(value, scope);
  if (inner.length !== 1 || !['object', 'dictionary', 'hash'].includes(value.type)) return false;
  const op = operatorOf(inner[0]!.key);
  const operand = inner[0]!.value.text.trim();
  if ((op === 'not' || op === 'ne') && NOTHING.test(operand)) return true;
  if (op === 'exists') return operand === 'true' || operand === 'True';
  if ((op === 'gt' || op === 'gte') && operand === '0') return true;
  return false;
}

/** An empty object, dict or hash literal, through a name bound once (`const where = {}`). */
export function isEmptyObject(node: Node, scope: Scope, depth = 0): boolean {
  if ((node.type === 'identifier' || node.type === 'shorthand_property_identifier') && depth < 3) {
    const assigned = scope.constants.get(node.text);
    return assigned ? isEmptyObject(assigned, scope, depth + 1) : false;
  }
  return (
    (node.type === 'object' || node.type === 'dictionary' || node.type === 'hash') &&
    propertiesOf(node, scope).length === 0 &&
    !node.namedChildren.some((c) => c?.type === 'spread_element' || c?.type === 'dictionary_splat')
  );
}
