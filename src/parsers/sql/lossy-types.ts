/** Whether changing a column's SQL type can lose stored values: shared by the SQL rule and the framework readers, so a framework change and the SQL it generates agree. */

const INTEGER =
  /^(tiny|small|medium|big)?int(eger)?\d?(\(\d+\))?$|^int[248]$|^(small|big)?serial\d?$|^u?int(8|16|32|64|128|256)$/;
/**
 * ClickHouse integers are named by bits (`UInt8`, `Int64`). Postgres `int8` is 8 bytes, so only
 * the bit widths Postgres never uses, and the unsigned `uint` forms, are read as bits.
 */
const CLICKHOUSE_INTEGER = /^uint(8|16|32|64|128|256)$|^int(16|32|64|128|256)$/;
const NARROW_INTEGER =
  /^(tinyint|smallint|int2|mediumint)(\(\d+\))?$|^(int|integer|int4)(\(\d+\))?$|^uint(8|16|32)$|^int(16|32)$/;
const FRACTIONAL = /^(numeric|decimal|real|float|double|money|float4|float8|number)/;
const TEXTUAL =
  /^(text|varchar|character varying|char|character|nvarchar|nchar|string|bpchar|citext|clob|longtext|mediumtext)/;
const TIMESTAMP = /^(timestamp|timestamptz|datetime|datetime2|datetimeoffset)/;

/**
 * Lossy when the old type is known to hold more. With the old type unknown, a target that bounds
 * what it holds is suspect whatever it replaces (fail closed: the caller says the current type is
 * unknown): a narrow integer, a string with a length, a decimal with a precision, a date, a time
 * of day, a boolean, a single-precision float. Unbounded targets (`text`, `bigint`, `timestamp`)
 * are not.
 */
export function isLossy(rawFrom: string | undefined, rawTo: string): boolean {
  const to = withoutSign(unwrapped(rawTo));
  if (rawFrom === undefined) return boundsValues(to) || CHOICE.test(to);
  const from = withoutSign(unwrapped(rawFrom));
  if (CHOICE.test(to)) return !CHOICE.test(from) || !choices(from).every((v) => choices(to).includes(v));
  if (INTEGER.test(to)) {
    if (FRACTIONAL.test(from) || TEXTUAL.test(from)) return true;
    const [wide, narrow] = [integerWidth(from), integerWidth(to)];
    // Same width, other sign: the unsigned top half, or the negatives, no longer fit.
    return (
      narrow < wide ||
      (narrow === wide && INTEGER.test(from) && isUnsigned(unwrapped(rawFrom)) !== isUnsigned(unwrapped(rawTo)))
    );
  }
  if (TEXTUAL.test(to)) {
    const newLength = length(to);
    if (newLength === undefined) return false;
    const oldLength = TEXTUAL.test(from) ? length(from) : undefined;
    return oldLength === undefined ? TEXTUAL.test(from) : newLength < oldLength;
  }
  if (/^date$/.test(to)) return TIMESTAMP.test(from);
  if (FRACTIONAL.test(to) && FRACTIONAL.test(from)) {
    const [p1, s1] = precision(from);
    const [p2, s2] = precision(to);
    return (p2 !== undefined && p1 !== undefined && p2 < p1) || (s2 !== undefined && s1 !== undefined && s2 < s1);
  }
  return false;
}

/** MySQL's ENUM and SET: a column holds only the values listed. */
const CHOICE = /^(enum|set)\s*\(/;

function choices(type: string): string[] {
  return [...type.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!);
}

/** MySQL's integer modifiers are not part of the width: `int(11) unsigned zerofill` is an int. */
function withoutSign(type: string): string {
  return type.replace(/\s+(unsigned|signed|zerofill)\b/g, '').trim();
}

function isUnsigned(type: string): boolean {
  return /\bunsigned\b|^uint/.test(type);
}

/** ClickHouse wrappers that change neither range nor precision: `Nullable(UInt64)`, `LowCardinality(String)`. */
function unwrapped(type: string): string {
  const m = /^(nullable|lowcardinality)\s*\((.*)\)$/.exec(type.trim());
  return m ? unwrapped(m[2]!) : type;
}

function boundsValues(to: string): boolean {
  if (NARROW_INTEGER.test(to)) return true;
  if (TEXTUAL.test(to)) return length(to) !== undefined;
  if (FRACTIONAL.test(to) && !/^(real|float4|float8|double|money)/.test(to)) return precision(to)[0] !== undefined;
  return /^(date|time(\(\d\))?( without time zone)?|timetz|time(\(\d\))? with time zone|bool|boolean|real|float4)$/.test(
    to,
  );
}

function integerWidth(type: string): number {
  const bits = CLICKHOUSE_INTEGER.exec(type);
  if (bits) return Number(bits[1] ?? bits[2]) / 8;
  if (/^(tinyint)/.test(type)) return 1;
  if (/^(smallint|int2|smallserial)/.test(type)) return 2;
  if (/^(mediumint)/.test(type)) return 3;
  if (/^(bigint|int8|bigserial)/.test(type)) return 8;
  if (INTEGER.test(type)) return 4;
  return 16;
}

function length(type: string): number | undefined {
  const m = /\((\d+)\)/.exec(type);
  return m ? Number(m[1]) : undefined;
}

function precision(type: string): [number | undefined, number | undefined] {
  const m = /\((\d+)(?:\s*,\s*(\d+))?\)/.exec(type);
  return m ? [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])] : [undefined, undefined];
}
