/**
 * Column types as every framework's migrations spell them, reduced to what decides whether
 * changing one into another can lose a stored value.
 */
export type ColumnType =
  | { family: 'integer'; bytes: 2 | 4 | 8 }
  | { family: 'decimal'; precision?: number; scale?: number }
  | { family: 'float' }
  | { family: 'string'; limit?: number }
  | { family: 'text' }
  | { family: 'boolean' }
  | { family: 'date' }
  | { family: 'datetime' }
  | { family: 'time' }
  | { family: 'other'; name: string };

export function describeType(type: ColumnType): string {
  switch (type.family) {
    case 'integer':
      return type.bytes === 2 ? 'smallint' : type.bytes === 8 ? 'bigint' : 'integer';
    case 'decimal':
      return type.precision === undefined
        ? 'decimal'
        : `decimal(${type.precision}${type.scale === undefined ? '' : `,${type.scale}`})`;
    case 'string':
      return type.limit === undefined ? 'string' : `string(${type.limit})`;
    case 'other':
      return type.name;
    default:
      return type.family;
  }
}

const TEXTUAL = new Set(['string', 'text']);
const NUMERIC = new Set(['integer', 'decimal', 'float']);

/**
 * Whether values of `from` can be truncated, rounded or refused by `to`. With `from` unknown
 * (the migration does not say what the column was), only types that hold a narrow range of
 * values whatever they replace count: an integer, a boolean, a date, a string with a limit.
 */
export function isLossyChange(from: ColumnType | undefined, to: ColumnType): boolean {
  if (!from) {
    return (
      to.family === 'integer' ||
      to.family === 'boolean' ||
      to.family === 'date' ||
      (to.family === 'string' && to.limit !== undefined)
    );
  }
  if (to.family === 'text' || to.family === 'other' || from.family === 'other') return false;
  if (to.family === 'string') {
    if (to.limit === undefined) return false;
    if (from.family === 'string') return from.limit === undefined || from.limit > to.limit;
    // A text column, or digits and dates longer than the limit.
    return true;
  }
  if (TEXTUAL.has(from.family)) return true;
  switch (to.family) {
    case 'integer':
      return from.family === 'integer' ? from.bytes > to.bytes : from.family !== 'boolean';
    case 'decimal':
      if (from.family === 'integer') {
        // An integer fits when the decimal keeps enough digits left of the point.
        if (to.precision === undefined) return false;
        const whole = to.precision - (to.scale ?? 0);
        return whole < (from.bytes === 2 ? 5 : from.bytes === 4 ? 10 : 19);
      }
      if (from.family === 'decimal') return decimalNarrows(from, to);
      return NUMERIC.has(from.family) ? to.precision !== undefined : true;
    case 'float':
      return from.family === 'decimal' || (from.family === 'integer' && from.bytes === 8) || !NUMERIC.has(from.family);
    case 'boolean':
      return from.family !== 'boolean';
    case 'date':
      return from.family !== 'date';
    case 'datetime':
      return from.family === 'time' || NUMERIC.has(from.family) || from.family === 'boolean';
    case 'time':
      return from.family !== 'time';
  }
}

function decimalNarrows(
  from: { precision?: number; scale?: number },
  to: { precision?: number; scale?: number },
): boolean {
  if (to.precision === undefined) return false;
  if (from.precision === undefined) return true;
  const fromScale = from.scale ?? 0;
  const toScale = to.scale ?? 0;
  return toScale < fromScale || to.precision - toScale < from.precision - fromScale;
}

/** `:integer`, `:decimal` with `precision:`/`scale:`/`limit:` options, as Rails and Knex name them. */
export function typeFromName(
  name: string,
  options: { limit?: number; precision?: number; scale?: number } = {},
): ColumnType {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  switch (n) {
    case 'smallint':
    case 'smallinteger':
    case 'int2':
    case 'tinyint':
    case 'tinyinteger':
      return { family: 'integer', bytes: 2 };
    case 'integer':
    case 'int':
    case 'int4':
    case 'mediumint':
    case 'mediuminteger':
    case 'serial':
      // Rails spells smallint and bigint as `:integer, limit: 2|8`.
      return { family: 'integer', bytes: options.limit === 2 || options.limit === 1 ? 2 : options.limit === 8 ? 8 : 4 };
    case 'bigint':
    case 'biginteger':
    case 'int8':
    case 'bigserial':
      return { family: 'integer', bytes: 8 };
    case 'decimal':
    case 'numeric':
    case 'money':
      return withDefined({ family: 'decimal' }, { precision: options.precision, scale: options.scale });
    case 'float':
    case 'double':
    case 'real':
    case 'doubleprecision':
      return { family: 'float' };
    case 'string':
    case 'varchar':
    case 'charactervarying':
    case 'char':
    case 'character':
    case 'citext':
      return withDefined({ family: 'string' }, { limit: n === 'citext' ? undefined : options.limit });
    case 'text':
    case 'mediumtext':
    case 'longtext':
    case 'unicodetext':
      return { family: 'text' };
    case 'boolean':
    case 'bool':
      return { family: 'boolean' };
    case 'date':
      return { family: 'date' };
    case 'datetime':
    case 'timestamp':
    case 'timestamptz':
    case 'timestamps':
      return { family: 'datetime' };
    case 'time':
      return { family: 'time' };
    default:
      return { family: 'other', name: name.toLowerCase() };
  }
}

function withDefined<T extends object>(base: T, extra: Record<string, number | undefined>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) out[key] = value;
  return out as T;
}

const SQL_STRING = new Set([
  'varchar',
  'character varying',
  'char',
  'character',
  'nvarchar',
  'nchar',
  'bpchar',
  'varchar2',
  'nvarchar2',
  'string',
]);
const SQL_DECIMAL = new Set(['numeric', 'decimal', 'number', 'dec']);

/**
 * A SQL type as a dump, a changelog or a native-type attribute writes it (`character varying(50)`,
 * `numeric(10,2)`, `timestamp(3) without time zone`, `int4`) as a column type. An array, a domain
 * or anything unrecognised is `other`, which no judgement leans on.
 */
export function typeFromSql(sql: string): ColumnType {
  const text = sql.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^([a-z_][a-z0-9_ ]*?) ?(?:\( ?(\d+) ?(?:, ?(\d+) ?)?\))? ?(with(?:out)? time zone)?( unsigned)?$/.exec(
    text,
  );
  if (!m) return { family: 'other', name: text };
  const name = m[1]!;
  const first = m[2] === undefined ? undefined : Number(m[2]);
  const second = m[3] === undefined ? undefined : Number(m[3]);
  if (SQL_STRING.has(name)) return withDefined({ family: 'string' }, { limit: first });
  if (SQL_DECIMAL.has(name)) return withDefined({ family: 'decimal' }, { precision: first, scale: second });
  if (name === 'timestamp' && m[4] === 'with time zone') return { family: 'datetime' };
  // MySQL's int(11) is a display width, not a size: integer names take no option.
  return typeFromName(name);
}
