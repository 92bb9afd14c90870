import type { PgNode } from './pg-parser.js';
import type { QualifiedName } from '../../core/sql-operations.js';

/** `{ DropStmt: {...} }` -> ["DropStmt", {...}]. */
export function unwrap(node: unknown): [string, Record<string, unknown>] | undefined {
  const type = nodeType(node);
  return type === undefined ? undefined : [type, (node as PgNode)[type] as Record<string, unknown>];
}

/**
 * The type of a wrapped node (`DropStmt` for `{ DropStmt: {...} }`): its one key, when that key
 * holds an object. Read with `for...in` rather than `Object.keys`: a tree walk visits every node
 * of every statement, and an array per node was a large share of the parse's garbage. The
 * parser's JSON has only own properties (JSON.parse makes plain objects), so `for...in` sees what
 * `Object.keys` saw; an own-property check per key cost as much as the arrays it saves.
 */
function nodeType(node: unknown): string | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  let type: string | undefined;
  for (const key in node) {
    if (type !== undefined) return undefined;
    type = key;
  }
  if (type === undefined) return undefined;
  const fields = (node as PgNode)[type];
  return fields && typeof fields === 'object' ? type : undefined;
}

export function fieldsOf(node: unknown, type: string): Record<string, unknown> | undefined {
  return nodeType(node) === type ? ((node as PgNode)[type] as Record<string, unknown>) : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The text of a `String` node, or of each node of a `List` of them. */
export function stringsOf(node: unknown): string[] {
  const s = fieldsOf(node, 'String');
  if (s) return [str(s.sval) ?? ''];
  const l = fieldsOf(node, 'List');
  if (l) return list(l.items).flatMap(stringsOf);
  const owa = fieldsOf(node, 'ObjectWithArgs');
  if (owa) return list(owa.objname).flatMap(stringsOf);
  const tn = fieldsOf(node, 'TypeName');
  if (tn) return list(tn.names).flatMap(stringsOf);
  return [];
}

export function rangeVarName(rangeVar: Record<string, unknown> | undefined): QualifiedName {
  if (!rangeVar) return [];
  return [str(rangeVar.catalogname), str(rangeVar.schemaname), str(rangeVar.relname)].filter(
    (p): p is string => p !== undefined,
  );
}

/** Calls `visit` for every node in the tree, depth first; `visit` returns false to skip a subtree. */
export function walk(node: unknown, visit: (type: string, fields: Record<string, unknown>) => boolean | void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const type = nodeType(node);
  const fields = type === undefined ? undefined : ((node as PgNode)[type] as Record<string, unknown>);
  if (fields && visit(type!, fields) === false) return;
  // Statement targets (DeleteStmt.relation, IntoClause.rel) are RangeVars without their wrapper.
  if (!fields && typeof (node as PgNode).relname === 'string' && visit('RangeVar', node as PgNode) === false) return;
  const inner = (fields ?? node) as PgNode;
  for (const key in inner) {
    const value = inner[key];
    if (value && typeof value === 'object') walk(value, visit);
  }
}

/** A type as written: `numeric(10,2)`, `varchar(20)`, `integer`. */
export function typeNameText(typeName: Record<string, unknown> | undefined): string {
  if (!typeName) return '';
  const names = list(typeName.names)
    .flatMap(stringsOf)
    .filter((n) => n !== 'pg_catalog');
  const mods = list(typeName.typmods)
    .map((m) => constValue(m))
    .filter((v) => v !== undefined);
  const base = (names.at(-1) ?? '').toLowerCase();
  return mods.length ? `${base}(${mods.join(',')})` : base;
}

/** The value of an `A_Const` (or a cast of one), as a comparable string; undefined for non-constants. */
export function constValue(node: unknown): string | undefined {
  const cast = fieldsOf(node, 'TypeCast');
  if (cast) return constValue(cast.arg);
  const c = fieldsOf(node, 'A_Const');
  if (!c) return undefined;
  if (c.isnull) return 'null';
  // The parser omits zero and false: `{ ival: {} }` is 0, `{ boolval: {} }` is false.
  const inner = (key: string) => (c[key] as Record<string, unknown>)[key];
  if (c.ival !== undefined) return String(num(inner('ival')) ?? 0);
  if (c.fval !== undefined) return String(Number(str(inner('fval')) ?? 0));
  if (c.boolval !== undefined) return inner('boolval') ? 'true' : 'false';
  if (c.sval !== undefined) return `'${str(inner('sval')) ?? ''}'`;
  return undefined;
}
