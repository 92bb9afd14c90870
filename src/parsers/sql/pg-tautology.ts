import { constValue, fieldsOf, list, str, stringsOf } from './pg-ast.js';

/** True when a WHERE condition holds for every row: `1=1`, `TRUE`, `'a'='a'`, `x = x`, `NOT FALSE`, `... OR 1=1`. */
export function isTautology(node: unknown): boolean {
  const value = constValue(node);
  if (value !== undefined) return value === 'true' || (/^-?\d+(\.\d+)?$/.test(value) && Number(value) !== 0);
  const bool = fieldsOf(node, 'BoolExpr');
  if (bool) {
    const args = list(bool.args);
    if (bool.boolop === 'OR_EXPR') return args.some(isTautology);
    if (bool.boolop === 'AND_EXPR') return args.every(isTautology);
    if (bool.boolop === 'NOT_EXPR') return args.length === 1 && isContradiction(args[0]);
  }
  const expr = fieldsOf(node, 'A_Expr');
  if (expr && expr.kind === 'AEXPR_OP') return compare(operator(expr), expr.lexpr, expr.rexpr) === true;
  return false;
}

function isContradiction(node: unknown): boolean {
  const value = constValue(node);
  if (value !== undefined) return value === 'false' || value === '0' || value === 'null';
  const expr = fieldsOf(node, 'A_Expr');
  if (expr && expr.kind === 'AEXPR_OP') return compare(operator(expr), expr.lexpr, expr.rexpr) === false;
  return false;
}

function operator(expr: Record<string, unknown>): string {
  return list(expr.name).flatMap(stringsOf).at(-1) ?? '';
}

/** Evaluates a comparison of two constants, or of a column with itself; undefined when it depends on the row. */
function compare(op: string, left: unknown, right: unknown): boolean | undefined {
  const a = constValue(left) ?? columnKey(left);
  const b = constValue(right) ?? columnKey(right);
  if (a === undefined || b === undefined) return undefined;
  const bothColumns = a.startsWith('col:') && b.startsWith('col:');
  if ((a.startsWith('col:') || b.startsWith('col:')) && !bothColumns) return undefined;
  if (bothColumns) return a === b && (op === '=' || op === '>=' || op === '<=') ? true : undefined;
  const numeric = /^-?\d+(\.\d+)?$/;
  const [x, y] = numeric.test(a) && numeric.test(b) ? [Number(a), Number(b)] : [a, b];
  switch (op) {
    case '=':
      return x === y;
    case '<>':
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
    default:
      return undefined;
  }
}

function columnKey(node: unknown): string | undefined {
  const ref = fieldsOf(node, 'ColumnRef');
  if (!ref) return undefined;
  return (
    'col:' +
    list(ref.fields)
      .map((f) => str(fieldsOf(f, 'String')?.sval) ?? '*')
      .join('.')
  );
}
